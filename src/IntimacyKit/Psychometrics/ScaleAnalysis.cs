using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Content;

namespace IntimacyKit.Psychometrics;

/// <summary>One scale's reliability and item statistics.</summary>
public sealed class ScaleAnalysis
{
    private ScaleAnalysis(
        string scaleId,
        int n,
        double mean,
        double standardDeviation,
        double rawAlpha,
        double standardizedAlpha,
        ImmutableArray<ItemStatistics> items,
        ImmutableArray<string> warnings)
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
        var rows = SelectRows(items, allRows, options.Missing);
        var c = CovarianceMatrix(rows, items);
        var (raw, standardized) = Alpha(c, static _ => true);
        var warnings = ImmutableArray.CreateBuilder<string>();
        var stats = DescribeItems(scale, items, assessment, rows, c, warnings);
        if (raw < options.AlphaThreshold)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Alpha of '{scale.Id}' is {raw:0.00}, below {options.AlphaThreshold:0.00}."));
        }

        if (rows.Count < options.MinResponses)
        {
            warnings.Add($"Only {rows.Count} responses for '{scale.Id}'; at least {options.MinResponses} are needed for stable estimates.");
        }

        var (_, scaleMean, scaleSd) = Describe(RespondentMeans(rows, items));
        return new ScaleAnalysis(scale.Id, rows.Count, scaleMean, scaleSd, raw, standardized, stats, warnings.ToImmutable());
    }

    /// <summary>The rows that count for the scale: those that answered at least one of its items (pairwise), or all of them (listwise).</summary>
    private static List<double[]> SelectRows(int[] items, List<double[]> allRows, MissingAnswers missing)
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

            if (missing == MissingAnswers.Pairwise ? answered > 0 : answered == k)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>The covariance matrix of the scale's items.</summary>
    private static double[,] CovarianceMatrix(List<double[]> rows, int[] items)
    {
        var k = items.Length;
        var c = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = a; b < k; b++)
            {
                c[a, b] = c[b, a] = Covariance(rows, items[a], items[b]);
            }
        }

        return c;
    }

    /// <summary>The sum of the covariances between the items <paramref name="keep"/> keeps.</summary>
    private static double Sum(double[,] c, Func<int, bool> keep)
    {
        var k = c.GetLength(0);
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

    private static double Correlation(double[,] c, int a, int b) => c[a, b] / Math.Sqrt(c[a, a] * c[b, b]);

    /// <summary>Raw and standardized Cronbach's alpha of the items <paramref name="keep"/> keeps.</summary>
    private static (double Raw, double Standardized) Alpha(double[,] c, Func<int, bool> keep)
    {
        var k = c.GetLength(0);
        var n = Enumerable.Range(0, k).Count(keep);
        var trace = Enumerable.Range(0, k).Where(keep).Sum(a => c[a, a]);
        var sumR = 0.0;
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                sumR += keep(a) && keep(b) ? Correlation(c, a, b) : 0;
            }
        }

        return ((1 - (trace / Sum(c, keep))) * n / (n - 1), (1 - (n / sumR)) * n / (n - 1));
    }

    /// <summary>Each item's statistics, adding a warning for an item with no variance or a negative item-rest correlation.</summary>
    private static ImmutableArray<ItemStatistics> DescribeItems(
        Scale scale,
        int[] items,
        Assessment assessment,
        List<double[]> rows,
        double[,] c,
        ImmutableArray<string>.Builder warnings)
    {
        var k = items.Length;
        var stats = ImmutableArray.CreateBuilder<ItemStatistics>();
        for (var a = 0; a < k; a++)
        {
            var (count, itemMean, itemSd) = Describe(rows, items[a]);
            var drop = a;
            var rest = Sum(c, b => b != drop);
            var withRest = Enumerable.Range(0, k).Where(b => b != drop).Sum(b => c[drop, b]);
            var rDrop = withRest / Math.Sqrt(c[a, a] * rest);
            var (alphaDrop, stdAlphaDrop) = k > 2 ? Alpha(c, b => b != drop) : (double.NaN, double.NaN);
            var id = assessment.Items[items[a]].Id;
            stats.Add(new ItemStatistics(id, count, itemMean, itemSd, rDrop, alphaDrop, stdAlphaDrop));
            if (c[a, a] <= 0)
            {
                warnings.Add($"Item '{id}' has no variance: everyone gave it the same answer.");
            }
            else if (rDrop < 0)
            {
                warnings.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Item '{id}' correlates negatively with the rest of '{scale.Id}' (r.drop {rDrop:0.00}): check whether it should be reverse-keyed."));
            }
        }

        return stats.ToImmutable();
    }

    /// <summary>Each row's mean over the scale's items it answered.</summary>
    private static double[] RespondentMeans(List<double[]> rows, int[] items)
    {
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

        return means;
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
