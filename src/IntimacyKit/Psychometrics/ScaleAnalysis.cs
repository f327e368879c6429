using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Content;

namespace IntimacyKit.Psychometrics;

/// <summary>
/// One scale's reliability and item statistics: the whole summary of <c>psych::alpha</c> (raw and standardised alpha,
/// Guttman's lambda 6, average and median r, signal/noise, the asymptotic standard error with its 95% interval and
/// Feldt's interval, the scale's mean and SD), each item's statistics and response frequencies.
/// </summary>
public sealed class ScaleAnalysis
{
    private ScaleAnalysis(
        string scaleId,
        int n,
        (double Mean, double StandardDeviation) score,
        ReliabilityCoefficients reliability,
        ConfidenceInterval feldt,
        ImmutableArray<ItemStatistics> items,
        ImmutableArray<string> warnings)
    {
        ScaleId = scaleId;
        N = n;
        Mean = score.Mean;
        StandardDeviation = score.StandardDeviation;
        Reliability = reliability;
        FeldtInterval = feldt;
        DuhachekInterval = new(reliability.RawAlpha - (1.96 * reliability.StandardError), reliability.RawAlpha + (1.96 * reliability.StandardError));
        Items = items;
        Warnings = warnings;
    }

    /// <summary>The scale.</summary>
    public string ScaleId { get; }

    /// <summary>Respondents who answered at least one item (listwise: every item).</summary>
    public int N { get; }

    /// <summary><c>mean</c>: mean of the respondents' scale scores (the mean of the keyed items they answered).</summary>
    public double Mean { get; }

    /// <summary><c>sd</c>: standard deviation of the respondents' scale scores.</summary>
    public double StandardDeviation { get; }

    /// <summary>Cronbach's alpha from the covariance matrix: (k / (k - 1)) x (1 - trace(C) / sum(C)).</summary>
    public double RawAlpha => Reliability.RawAlpha;

    /// <summary>Cronbach's alpha from the correlation matrix: (k / (k - 1)) x (1 - k / sum(R)).</summary>
    public double StandardizedAlpha => Reliability.StandardizedAlpha;

    /// <summary>Every reliability figure of the scale (items without variance left out, as psych does).</summary>
    public ReliabilityCoefficients Reliability { get; }

    /// <summary>The asymptotic 95% interval of raw alpha, alpha ± 1.96 ase (Duhachek and Iacobucci, 2004).</summary>
    public ConfidenceInterval DuhachekInterval { get; }

    /// <summary>
    /// Feldt's 95% interval of raw alpha (Feldt, Woodruff and Salih, 1987): 1 - (1 - alpha) x F quantiles with
    /// n - 1 and (n - 1)(k - 1) degrees of freedom, as <c>psych::alpha.ci</c> computes it.
    /// </summary>
    public ConfidenceInterval FeldtInterval { get; }

    /// <summary>Per item, in the scale's order.</summary>
    public ImmutableArray<ItemStatistics> Items { get; }

    /// <summary>Likely problems, in words.</summary>
    public ImmutableArray<string> Warnings { get; }

    internal static ScaleAnalysis Compute(
        Scale scale, int[] items, Assessment assessment, ResponseScale responses, AnswerMatrix data, ItemAnalysisOptions options)
    {
        var rows = SelectRows(items, data, options.Missing);
        var moments = items.Select(i => Moments.Of(data, rows, i)).ToArray();
        var varied = Enumerable.Range(0, items.Length).Where(a => moments[a].StandardDeviation > 0).ToArray();
        var c = CovarianceMatrix(data, rows, [.. varied.Select(a => items[a])]);
        var r = Linear.Correlations(c);
        var reliability = ReliabilityCoefficients.Compute(c, r, rows.Length);
        var totals = Totals(data, rows, items, varied, moments);
        var warnings = ImmutableArray.CreateBuilder<string>();
        // Frequencies and their missing share count every respondent who answered the scale at all, listwise or not.
        var answering = options.Missing == MissingAnswers.Listwise ? SelectRows(items, data, MissingAnswers.Pairwise) : rows;
        var context = new ItemStatisticsCalculator.ItemContext(scale, items, assessment, responses, data, rows, answering, moments, varied, c, r, totals);
        var stats = ItemStatisticsCalculator.Describe(context, warnings);
        if (double.IsNaN(reliability.RawAlpha))
        {
            warnings.Add($"Alpha of '{scale.Id}' cannot be computed: fewer than two of its items have answers that vary.");
        }
        else if (reliability.RawAlpha < options.AlphaThreshold)
        {
            warnings.Add(string.Create(
                CultureInfo.InvariantCulture, $"Alpha of '{scale.Id}' is {reliability.RawAlpha:0.00}, below {options.AlphaThreshold:0.00}."));
        }

        if (rows.Length < options.MinResponses)
        {
            warnings.Add($"Only {rows.Length} responses for '{scale.Id}'; at least {options.MinResponses} are needed for stable estimates.");
        }

        var score = Moments.Of(totals);
        var feldt = Feldt(reliability.RawAlpha, rows.Length, varied.Length);
        return new ScaleAnalysis(scale.Id, rows.Length, (score.Mean, score.StandardDeviation), reliability, feldt, stats, warnings.ToImmutable());
    }

    /// <summary>psych's <c>alpha.ci</c>: Feldt's interval from F quantiles.</summary>
    internal static ConfidenceInterval Feldt(double alpha, int n, int k)
    {
        if (!double.IsFinite(alpha) || n < 2 || k < 2)
        {
            return new ConfidenceInterval(double.NaN, double.NaN);
        }

        double df1 = n - 1, df2 = (n - 1.0) * (k - 1);
        return new ConfidenceInterval(
            1 - ((1 - alpha) * FDistribution.Quantile(0.975, df1, df2)),
            1 - ((1 - alpha) * FDistribution.Quantile(0.025, df1, df2)));
    }

    /// <summary>The rows that count for the scale: those that answered at least one of its items (pairwise), or all of them (listwise).</summary>
    private static int[] SelectRows(int[] items, AnswerMatrix data, MissingAnswers missing)
    {
        var rows = new List<int>(data.Rows);
        for (var row = 0; row < data.Rows; row++)
        {
            var answered = 0;
            foreach (var i in items)
            {
                answered += data[row, i] == AnswerMatrix.Missing ? 0 : 1;
            }

            if (missing == MissingAnswers.Pairwise ? answered > 0 : answered == items.Length)
            {
                rows.Add(row);
            }
        }

        return [.. rows];
    }

    /// <summary>
    /// The covariance matrix of the items, each entry over the rows that answered both (R's <c>cov(use =
    /// "pairwise")</c>), from exact integer sums: (n Σab - Σa Σb) / (n (n - 1)) (see <see cref="PairSums"/>).
    /// </summary>
    private static double[,] CovarianceMatrix(AnswerMatrix data, int[] rows, int[] items)
    {
        var sums = new PairSums(items.Length);
        foreach (var row in rows)
        {
            sums.Add(data.Row(row), items);
        }

        var k = items.Length;
        var c = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = a; b < k; b++)
            {
                c[a, b] = c[b, a] = sums.Covariance(a, b);
            }
        }

        return c;
    }

    /// <summary>
    /// Each row's scale score as psych's <c>alpha</c> computes it: the mean of the answered items with variance, and
    /// items without variance counted at their constant value, (v x mean + Σ constants) / (v + b); NaN for a row that
    /// answered none of the varied items.
    /// </summary>
    private static double[] Totals(AnswerMatrix data, int[] rows, int[] items, int[] varied, Moments[] moments)
    {
        var constantSum = 0.0;
        var constants = 0;
        for (var a = 0; a < items.Length; a++)
        {
            if (!(moments[a].StandardDeviation > 0) && moments[a].Count > 0)
            {
                constantSum += moments[a].Mean;
                constants++;
            }
        }

        var totals = new double[rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            long sum = 0;
            var answered = 0;
            var line = data.Row(rows[r]);
            foreach (var a in varied)
            {
                var value = line[items[a]];
                if (value != AnswerMatrix.Missing)
                {
                    sum += value;
                    answered++;
                }
            }

            var mean = answered == 0 ? double.NaN : (double)sum / answered;
            totals[r] = constants == 0 ? mean : ((varied.Length * mean) + constantSum) / (varied.Length + constants);
        }

        return totals;
    }
}
