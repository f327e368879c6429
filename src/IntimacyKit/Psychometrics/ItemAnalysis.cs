using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Scoring;

namespace IntimacyKit.Psychometrics;

/// <summary>How item analysis treats missing answers.</summary>
public enum MissingAnswers
{
    /// <summary>Each covariance uses every respondent who answered both items (as <c>psych::alpha</c> does by default).</summary>
    Pairwise = 0,

    /// <summary>Only respondents who answered every item of the scale count.</summary>
    Listwise = 1,
}

/// <summary>Options of <see cref="ItemAnalysis"/>.</summary>
public sealed class ItemAnalysisOptions
{
    /// <summary>Pairwise (default) or listwise.</summary>
    public MissingAnswers Missing { get; init; } = MissingAnswers.Pairwise;

    /// <summary>Raw alpha below this raises a warning (default 0.7).</summary>
    public double AlphaThreshold { get; init; } = 0.7;

    /// <summary>Fewer respondents than this raises a warning (default 30).</summary>
    public int MinResponses { get; init; } = 30;
}

/// <summary>
/// Whether the items of each scale hang together: Cronbach's alpha raw (from covariances) and standardised (from
/// correlations), and per item the corrected item-total correlation (r.drop) and alpha if the item is dropped,
/// computed as R's <c>psych::alpha</c> computes them (agreement to 1e-6 is tested). Reverse-keyed items are keyed
/// first. Warnings name likely keying errors, low alpha, items without variance and too few responses.
/// </summary>
public sealed class ItemAnalysis
{
    private ItemAnalysis(string assessmentId, int responses, ImmutableArray<ScaleAnalysis> scales)
    {
        AssessmentId = assessmentId;
        Responses = responses;
        Scales = scales;
    }

    /// <summary>The assessment analysed.</summary>
    public string AssessmentId { get; }

    /// <summary>How many responses were read.</summary>
    public int Responses { get; }

    /// <summary>Per scale, in the assessment's order.</summary>
    public ImmutableArray<ScaleAnalysis> Scales { get; }

    /// <summary>Analyses responses to one assessment.</summary>
    /// <param name="catalog">The content with the assessment.</param>
    /// <param name="assessmentId">The assessment.</param>
    /// <param name="responses">Responses to it; answers to unknown items and values outside the scale are ignored.</param>
    /// <param name="options">Options; the defaults when <see langword="null"/>.</param>
    /// <returns>The analysis.</returns>
    public static ItemAnalysis Analyze(ContentCatalog catalog, string assessmentId, IEnumerable<AssessmentResponse> responses, ItemAnalysisOptions? options = null)
    {
        Guard.NotNull(catalog);
        Guard.NotNull(responses);
        options ??= new ItemAnalysisOptions();
        var assessment = catalog.GetAssessment(assessmentId);
        var scale = catalog.GetResponseScale(assessment.ResponseScale);
        var index = assessment.Items.Select((item, i) => (item.Id, i)).ToDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        var rows = new List<double[]>();
        foreach (var response in responses)
        {
            var row = new double[assessment.Items.Length];
            Array.Fill(row, double.NaN);
            var answers = response.Answers;
            for (var j = 0; j < answers.Length; j++)
            {
                var answer = answers[j];

                // Answers usually come in item order with the assessment's own id strings: check in place first.
                var i = j < assessment.Items.Length && ReferenceEquals(assessment.Items[j].Id, answer.ItemId) ? j : index.GetValueOrDefault(answer.ItemId, -1);
                if (i >= 0 && answer.Value is { } value && scale.Contains(value))
                {
                    row[i] = assessment.Items[i].Reverse ? scale.Min + scale.Max - value : value;
                }
            }

            rows.Add(row);
        }

        var scales = assessment.Scales
            .Select(s => ScaleAnalysis.Compute(s, [.. assessment.ItemsOf(s.Id).Select(item => index[item.Id])], assessment, rows, options))
            .ToImmutableArray();
        return new ItemAnalysis(assessment.Id, rows.Count, scales);
    }
}

/// <summary>One scale's reliability and item statistics.</summary>
public sealed class ScaleAnalysis
{
    private ScaleAnalysis(string scaleId, int n, double mean, double standardDeviation, double rawAlpha, double standardizedAlpha, ImmutableArray<ItemStatistics> items, ImmutableArray<string> warnings)
    {
        ScaleId = scaleId;
        N = n;
        Mean = mean;
        StandardDeviation = standardDeviation;
        RawAlpha = rawAlpha;
        StandardizedAlpha = standardizedAlpha;
        Items = items;
        Warnings = warnings;
    }

    /// <summary>The scale.</summary>
    public string ScaleId { get; }

    /// <summary>Respondents who answered at least one item (listwise: every item).</summary>
    public int N { get; }

    /// <summary>Mean of the respondents' scale means (keyed).</summary>
    public double Mean { get; }

    /// <summary>Standard deviation of the respondents' scale means.</summary>
    public double StandardDeviation { get; }

    /// <summary>Cronbach's alpha from the covariance matrix: (k / (k - 1)) x (1 - trace(C) / sum(C)).</summary>
    public double RawAlpha { get; }

    /// <summary>Cronbach's alpha from the correlation matrix: (k / (k - 1)) x (1 - k / sum(R)).</summary>
    public double StandardizedAlpha { get; }

    /// <summary>Per item.</summary>
    public ImmutableArray<ItemStatistics> Items { get; }

    /// <summary>Likely problems, in words.</summary>
    public ImmutableArray<string> Warnings { get; }

    internal static ScaleAnalysis Compute(Scale scale, int[] items, Assessment assessment, List<double[]> allRows, ItemAnalysisOptions options)
    {
        var k = items.Length;
        var rows = new List<double[]>(allRows.Count);
        foreach (var row in allRows)
        {
            var answered = 0;
            foreach (var i in items)
            {
                answered += double.IsNaN(row[i]) ? 0 : 1;
            }

            if (options.Missing == MissingAnswers.Pairwise ? answered > 0 : answered == k)
            {
                rows.Add(row);
            }
        }

        var c = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = a; b < k; b++)
            {
                c[a, b] = c[b, a] = Covariance(rows, items[a], items[b]);
            }
        }

        double Sum(Func<int, bool> keep)
        {
            var sum = 0.0;
            for (var a = 0; a < k; a++)
            {
                for (var b = 0; b < k; b++)
                {
                    sum += keep(a) && keep(b) ? c[a, b] : 0;
                }
            }

            return sum;
        }

        double Correlation(int a, int b) => c[a, b] / Math.Sqrt(c[a, a] * c[b, b]);

        (double Raw, double Standardized) Alpha(Func<int, bool> keep)
        {
            var n = Enumerable.Range(0, k).Count(keep);
            var trace = Enumerable.Range(0, k).Where(keep).Sum(a => c[a, a]);
            var sumR = 0.0;
            for (var a = 0; a < k; a++)
            {
                for (var b = 0; b < k; b++)
                {
                    sumR += keep(a) && keep(b) ? Correlation(a, b) : 0;
                }
            }

            return ((1 - (trace / Sum(keep))) * n / (n - 1), (1 - (n / sumR)) * n / (n - 1));
        }

        var (raw, standardized) = Alpha(static _ => true);
        var warnings = ImmutableArray.CreateBuilder<string>();
        var stats = ImmutableArray.CreateBuilder<ItemStatistics>();
        for (var a = 0; a < k; a++)
        {
            var (count, itemMean, itemSd) = Describe(rows, items[a]);
            var drop = a;
            var rest = Sum(b => b != drop);
            var withRest = Enumerable.Range(0, k).Where(b => b != drop).Sum(b => c[drop, b]);
            var rDrop = withRest / Math.Sqrt(c[a, a] * rest);
            var (alphaDrop, stdAlphaDrop) = k > 2 ? Alpha(b => b != drop) : (double.NaN, double.NaN);
            var id = assessment.Items[items[a]].Id;
            stats.Add(new ItemStatistics(id, count, itemMean, itemSd, rDrop, alphaDrop, stdAlphaDrop));
            if (c[a, a] <= 0)
            {
                warnings.Add($"Item '{id}' has no variance: everyone gave it the same answer.");
            }
            else if (rDrop < 0)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Item '{id}' correlates negatively with the rest of '{scale.Id}' (r.drop {rDrop:0.00}): check whether it should be reverse-keyed."));
            }
        }

        if (raw < options.AlphaThreshold)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Alpha of '{scale.Id}' is {raw:0.00}, below {options.AlphaThreshold:0.00}."));
        }

        if (rows.Count < options.MinResponses)
        {
            warnings.Add($"Only {rows.Count} responses for '{scale.Id}'; at least {options.MinResponses} are needed for stable estimates.");
        }

        var means = new double[rows.Count];
        for (var r = 0; r < means.Length; r++)
        {
            double sum = 0;
            var answered = 0;
            foreach (var i in items)
            {
                var value = rows[r][i];
                if (!double.IsNaN(value))
                {
                    sum += value;
                    answered++;
                }
            }

            means[r] = sum / answered;
        }

        var (_, scaleMean, scaleSd) = Describe(means);
        return new ScaleAnalysis(scale.Id, rows.Count, scaleMean, scaleSd, raw, standardized, stats.ToImmutable(), warnings.ToImmutable());
    }

    /// <summary>Count, mean and sample standard deviation of one item's answers (missing ones left out).</summary>
    private static (int Count, double Mean, double StandardDeviation) Describe(List<double[]> rows, int item)
    {
        var values = new double[rows.Count];
        var count = 0;
        foreach (var row in rows)
        {
            if (!double.IsNaN(row[item]))
            {
                values[count++] = row[item];
            }
        }

        return Describe(values.AsSpan(0, count));
    }

    /// <summary>Count, mean and sample (n - 1) standard deviation, in two passes for accuracy.</summary>
    private static (int Count, double Mean, double StandardDeviation) Describe(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return (0, double.NaN, double.NaN);
        }

        double sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        var mean = sum / values.Length;
        if (values.Length < 2)
        {
            return (values.Length, mean, double.NaN);
        }

        double squares = 0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        return (values.Length, mean, Math.Sqrt(squares / (values.Length - 1)));
    }

    /// <summary>The sample covariance (n - 1) over the rows that answered both items, as R's cov(use = "pairwise") computes it.</summary>
    private static double Covariance(List<double[]> rows, int a, int b)
    {
        double sumA = 0, sumB = 0;
        var n = 0;
        foreach (var row in rows)
        {
            if (!double.IsNaN(row[a]) && !double.IsNaN(row[b]))
            {
                sumA += row[a];
                sumB += row[b];
                n++;
            }
        }

        if (n < 2)
        {
            return double.NaN;
        }

        double meanA = sumA / n, meanB = sumB / n, sum = 0;
        foreach (var row in rows)
        {
            if (!double.IsNaN(row[a]) && !double.IsNaN(row[b]))
            {
                sum += (row[a] - meanA) * (row[b] - meanB);
            }
        }

        return sum / (n - 1);
    }
}

/// <summary>One item's statistics within its scale.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="N">Respondents who answered it.</param>
/// <param name="Mean">Mean keyed answer.</param>
/// <param name="StandardDeviation">Standard deviation of the keyed answers.</param>
/// <param name="RDrop">Corrected item-total correlation: with the sum of the scale's other items.</param>
/// <param name="AlphaIfDropped">Raw alpha of the scale without this item (NaN for a two-item scale).</param>
/// <param name="StandardizedAlphaIfDropped">Standardised alpha of the scale without this item.</param>
public sealed record ItemStatistics(string ItemId, int N, double Mean, double StandardDeviation, double RDrop, double AlphaIfDropped, double StandardizedAlphaIfDropped);
