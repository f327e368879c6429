using System.Globalization;
using IntimacyKit.Content;

namespace IntimacyKit.Psychometrics;

/// <summary>
/// One scale's running figures over its complete responses: a histogram of keyed sums (for the mean, SD and every
/// percentile, exactly) and the items' sums and cross-products (for alpha), all in integers; memory does not grow with
/// the number of responses.
/// </summary>
internal sealed class NormsAccumulator
{
    private readonly int[] _items;
    private readonly int _min;
    private readonly long[] _sums;
    private readonly long[,] _products;
    private readonly long[] _histogram;
    private readonly int[] _row;

    public NormsAccumulator(Scale scale, int[] items, ResponseScale responses)
    {
        Scale = scale;
        _items = items;
        _min = responses.Min;
        _sums = new long[items.Length];
        _products = new long[items.Length, items.Length];
        _histogram = new long[(items.Length * (responses.Max - responses.Min)) + 1];
        _row = new int[items.Length];
    }

    public Scale Scale { get; }

    public long Complete { get; private set; }

    /// <summary>Adds a row of keyed answers (by item index); counted only when every item of the scale is answered.</summary>
    public void Add(ReadOnlySpan<int> keyed)
    {
        var k = _items.Length;
        var sum = 0;
        for (var a = 0; a < k; a++)
        {
            var value = keyed[_items[a]];
            if (value == AnswerMatrix.Missing)
            {
                return;
            }

            _row[a] = value;
            sum += value;
        }

        Complete++;
        _histogram[sum - (k * _min)]++;
        for (var a = 0; a < k; a++)
        {
            long x = _row[a];
            _sums[a] += x;
            for (var b = a; b < k; b++)
            {
                _products[a, b] += x * _row[b];
            }
        }
    }

    /// <summary>The norms, or why there are none.</summary>
    public (Norms? Norms, (NormsRefusal Kind, string Reason)? Refusal) Build(NormsOptions options)
    {
        var n = Complete;
        if (n < options.MinResponses)
        {
            var reason = $"Only {n} complete responses to '{Scale.Id}' (every item answered); norms need at least {options.MinResponses}, so that "
                + "the mean, SD, percentiles and reliability are stable enough to judge change by.";
            return (null, (NormsRefusal.TooFewResponses, reason));
        }

        if (_items.Length < 2)
        {
            return (null, (NormsRefusal.SingleItem, $"'{Scale.Id}' has one item, so no alpha: norms need a reliability for judging reliable change."));
        }

        var (mean, sd) = Moments();
        var reliability = Reliability();
        if (!(sd > 0))
        {
            return (null, (NormsRefusal.NoVariance, $"Every complete response to '{Scale.Id}' has the same score; norms need scores that vary."));
        }

        if (!(reliability >= 0 && reliability < 1))
        {
            var alpha = double.IsNaN(reliability) ? "not defined (fewer than two items vary)" : reliability.ToString("0.###", CultureInfo.InvariantCulture);
            return (null, (NormsRefusal.ReliabilityOutOfRange,
                $"Alpha of '{Scale.Id}' in this sample is {alpha}; norms need a reliability in [0, 1) (check the keying of its items)."));
        }

        var source = string.Create(CultureInfo.InvariantCulture, $"{options.Sample.Trim()}, {options.Date:yyyy-MM-dd}; {n} complete responses");
        return (new Norms(mean, sd, reliability, source, (int)Math.Min(n, int.MaxValue), Table(mean, sd)), null);
    }

    /// <summary>A keyed sum as the scale's score: itself for a sum scale, over the item count for a mean scale.</summary>
    private double ScoreOf(int index)
    {
        var sum = index + (_items.Length * _min);
        return Scale.Aggregation == Aggregation.Sum ? sum : (double)sum / _items.Length;
    }

    private (double Mean, double StandardDeviation) Moments()
    {
        double n = Complete, total = 0;
        for (var i = 0; i < _histogram.Length; i++)
        {
            total += _histogram[i] * ScoreOf(i);
        }

        var mean = total / n;
        var squares = 0.0;
        for (var i = 0; i < _histogram.Length; i++)
        {
            var d = ScoreOf(i) - mean;
            squares += _histogram[i] * d * d;
        }

        return (mean, Math.Sqrt(squares / (n - 1)));
    }

    /// <summary>Raw alpha of the complete responses (items without variance left out, as in the item analysis).</summary>
    private double Reliability()
    {
        var k = _items.Length;
        var n = Complete;
        var c = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = a; b < k; b++)
            {
                c[a, b] = c[b, a] = ((double)((n * _products[a, b]) - (_sums[a] * _sums[b]))) / (n * (n - 1.0));
            }
        }

        var varied = Enumerable.Range(0, k).Where(a => c[a, a] > 0).ToArray();
        var kept = new double[varied.Length, varied.Length];
        for (var a = 0; a < varied.Length; a++)
        {
            for (var b = 0; b < varied.Length; b++)
            {
                kept[a, b] = c[varied[a], varied[b]];
            }
        }

        return ReliabilityCoefficients.Compute(kept, Linear.Correlations(kept), (int)Math.Min(n, int.MaxValue)).RawAlpha;
    }

    /// <summary>Every possible score with its mid-point percentile rank and linear T.</summary>
    private List<NormsRow> Table(double mean, double sd)
    {
        var rows = new List<NormsRow>(_histogram.Length);
        double n = Complete, below = 0;
        for (var i = 0; i < _histogram.Length; i++)
        {
            var score = ScoreOf(i);
            rows.Add(new NormsRow(score, 100 * (below + (_histogram[i] / 2.0)) / n, 50 + (10 * (score - mean) / sd)));
            below += _histogram[i];
        }

        return rows;
    }
}
