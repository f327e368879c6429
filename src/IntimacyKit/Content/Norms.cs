using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>Reference statistics for a scale, used for standard scores and reliable change.</summary>
public sealed class Norms
{
    /// <summary>Creates norms.</summary>
    /// <param name="mean">Mean of the reference sample.</param>
    /// <param name="standardDeviation">Standard deviation of the reference sample; greater than 0.</param>
    /// <param name="reliability">Reliability (for example Cronbach's alpha), in [0, 1).</param>
    /// <param name="source">Where the figures come from.</param>
    public Norms(double mean, double standardDeviation, double reliability, string source)
        : this(mean, standardDeviation, reliability, source, null, null)
    {
    }

    /// <summary>Creates norms with the sample size and a table of every possible score.</summary>
    /// <param name="mean">Mean of the reference sample.</param>
    /// <param name="standardDeviation">Standard deviation of the reference sample; greater than 0.</param>
    /// <param name="reliability">Reliability (for example Cronbach's alpha), in [0, 1).</param>
    /// <param name="source">Where the figures come from (the sample and its date).</param>
    /// <param name="n">How many complete responses the figures come from.</param>
    /// <param name="table">Percentile rank and T score of every possible score, lowest first.</param>
    public Norms(double mean, double standardDeviation, double reliability, string source, int? n, IEnumerable<NormsRow>? table)
    {
        N = n;
        Table = table is null ? [] : [.. table.OrderBy(static r => r.Score)];
        Mean = mean;
        StandardDeviation = standardDeviation;
        Reliability = reliability;
        Source = Guard.NotNull(source);
    }

    /// <summary>Mean of the reference sample.</summary>
    public double Mean { get; }

    /// <summary>Standard deviation of the reference sample.</summary>
    public double StandardDeviation { get; }

    /// <summary>Reliability of the scale in the reference sample.</summary>
    public double Reliability { get; }

    /// <summary>Where the figures come from.</summary>
    public string Source { get; }

    /// <summary>How many complete responses the figures come from, when known.</summary>
    public int? N { get; }

    /// <summary>Percentile rank and T score of every possible score, sorted lowest first; empty when the norms give none.</summary>
    public ImmutableArray<NormsRow> Table { get; }

    /// <summary>
    /// The percentile rank of <paramref name="score"/> from <see cref="Table"/>: the row's own for a score in the table,
    /// interpolated linearly between the two nearest rows otherwise (a prorated score); null without a table or outside it.
    /// </summary>
    /// <param name="score">A score.</param>
    /// <returns>The percentile rank, or null.</returns>
    public double? PercentileRankOf(double score)
    {
        for (var i = 0; i < Table.Length; i++)
        {
            var row = Table[i];
            if (Math.Abs(row.Score - score) < 1e-9)
            {
                return row.PercentileRank;
            }

            if (row.Score > score)
            {
                if (i == 0)
                {
                    return null;
                }

                var below = Table[i - 1];
                return below.PercentileRank + ((row.PercentileRank - below.PercentileRank) * (score - below.Score) / (row.Score - below.Score));
            }
        }

        return null;
    }

    /// <summary>Whether the mean is a finite number.</summary>
    internal bool HasUsableMean => double.IsFinite(Mean);

    /// <summary>Whether the standard deviation is a finite number greater than 0 (z divides by it).</summary>
    internal bool HasUsableStandardDeviation => double.IsFinite(StandardDeviation) && StandardDeviation > 0;

    /// <summary>Whether the reliability lies in [0, 1) (the Reliable Change Index takes the square root of 1 minus it).</summary>
    internal bool HasUsableReliability => Reliability >= 0 && Reliability < 1;
}
