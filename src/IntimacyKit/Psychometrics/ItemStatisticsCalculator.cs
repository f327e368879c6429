using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Content;

namespace IntimacyKit.Psychometrics;

/// <summary>The per-item part of the scale analysis: psych::alpha's item.stats, alpha.drop and response.freq.</summary>
internal static class ItemStatisticsCalculator
{
    /// <summary>Each item's statistics, adding a warning for an item with no variance or a negative item-rest correlation.</summary>
    public static ImmutableArray<ItemStatistics> Describe(ItemContext x, ImmutableArray<string>.Builder warnings)
    {
        var k = x.Varied.Length;
        // With fewer than two items that vary there are no correlations to speak of: every one stays NaN.
        var smc = k >= 2 ? Linear.SquaredMultipleCorrelations(x.R) : new double[k];
        double sumR = 0, sumRc = 0;
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                sumR += x.R[a, b];
                sumRc += a == b ? smc[a] : x.R[a, b];
            }
        }

        var stats = ImmutableArray.CreateBuilder<ItemStatistics>(x.Items.Length);
        for (var a = 0; a < x.Items.Length; a++)
        {
            var id = x.Assessment.Items[x.Items[a]].Id;
            var v = Array.IndexOf(x.Varied, a);
            var correlations = v < 0 || k < 2 ? (double.NaN, double.NaN, double.NaN, double.NaN) : Correlations(x, v, smc, sumR, sumRc);
            var dropped = v < 0 || k < 2 ? ReliabilityCoefficients.None
                : k == 2 ? ReliabilityCoefficients.TwoItemDrop(x.C, x.R, v)
                : ReliabilityCoefficients.Compute(Linear.Without(x.C, v), Linear.Without(x.R, v), x.Rows.Length);
            var (frequencies, missing) = Frequencies(x, a);
            var moments = x.Moments[a];
            var reversed = x.Assessment.Items[x.Items[a]].Reverse;
            stats.Add(new ItemStatistics(id, reversed, moments.Count, moments.Mean, moments.StandardDeviation, correlations, dropped, frequencies, missing));
            if (moments.Count == 0)
            {
                warnings.Add($"Item '{id}' has no answers in these responses; it is left out of the reliability figures.");
            }
            else if (v < 0)
            {
                warnings.Add($"Item '{id}' has no variance: everyone gave it the same answer; it is left out of the reliability figures.");
            }
            else if (correlations.Item4 < 0)
            {
                var rDrop = correlations.Item4.ToString("0.00", CultureInfo.InvariantCulture);
                warnings.Add($"Item '{id}' correlates negatively with the rest of '{x.Scale.Id}' (r.drop {rDrop}): check whether it should be reverse-keyed.");
            }
        }

        return stats.MoveToImmutable();
    }

    /// <summary>raw.r, std.r, r.cor and r.drop of the varied item <paramref name="v"/>.</summary>
    private static (double Raw, double Standardized, double Corrected, double Drop) Correlations(ItemContext x, int v, double[] smc, double sumR, double sumRc)
    {
        var k = x.Varied.Length;
        double column = 0, columnC = 0, rest = 0, withRest = 0;
        for (var b = 0; b < k; b++)
        {
            column += x.R[b, v];
            columnC += b == v ? smc[v] : x.R[b, v];
            withRest += b == v ? 0 : x.C[b, v];
            for (var m = 0; m < k; m++)
            {
                rest += b == v || m == v ? 0 : x.C[b, m];
            }
        }

        return (RawR(x, x.Items[x.Varied[v]]), column / Math.Sqrt(sumR), columnC / Math.Sqrt(sumRc), withRest / Math.Sqrt(x.C[v, v] * rest));
    }

    /// <summary>raw.r: the Pearson correlation of the item with the scale score, over the rows that have both.</summary>
    private static double RawR(ItemContext x, int column)
    {
        double sumT = 0, sumI = 0;
        var n = 0;
        for (var r = 0; r < x.Rows.Length; r++)
        {
            var value = x.Data[x.Rows[r], column];
            if (value != AnswerMatrix.Missing && double.IsFinite(x.Totals[r]))
            {
                sumT += x.Totals[r];
                sumI += value;
                n++;
            }
        }

        double meanT = sumT / n, meanI = sumI / n, tt = 0, ii = 0, ti = 0;
        for (var r = 0; r < x.Rows.Length; r++)
        {
            var value = x.Data[x.Rows[r], column];
            if (value != AnswerMatrix.Missing && double.IsFinite(x.Totals[r]))
            {
                double dt = x.Totals[r] - meanT, di = value - meanI;
                tt += dt * dt;
                ii += di * di;
                ti += dt * di;
            }
        }

        return ti / Math.Sqrt(tt * ii);
    }

    /// <summary>The share of each point of the response scale among the item's answers (as given), and the share missing.</summary>
    private static (ImmutableArray<ResponseFrequency> Frequencies, double Missing) Frequencies(ItemContext x, int a)
    {
        var column = x.Items[a];
        var reversed = x.Assessment.Items[column].Reverse;
        var counts = new long[x.Responses.Max - x.Responses.Min + 1];
        long answered = 0;
        foreach (var row in x.AnsweringRows)
        {
            var keyed = x.Data[row, column];
            if (keyed != AnswerMatrix.Missing)
            {
                counts[(reversed ? x.Responses.Reverse(keyed) : keyed) - x.Responses.Min]++;
                answered++;
            }
        }

        var frequencies = ImmutableArray.CreateBuilder<ResponseFrequency>(counts.Length);
        for (var p = 0; p < counts.Length; p++)
        {
            frequencies.Add(new ResponseFrequency(x.Responses.Min + p, answered == 0 ? double.NaN : (double)counts[p] / answered));
        }

        return (frequencies.MoveToImmutable(), x.AnsweringRows.Length == 0 ? double.NaN : 1 - ((double)answered / x.AnsweringRows.Length));
    }

    /// <summary>What the item statistics are computed from.</summary>
    internal sealed record ItemContext(
        Scale Scale,
        int[] Items,
        Assessment Assessment,
        ResponseScale Responses,
        AnswerMatrix Data,
        int[] Rows,
        int[] AnsweringRows,
        Moments[] Moments,
        int[] Varied,
        double[,] C,
        double[,] R,
        double[] Totals);
}
