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
    {
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

    /// <summary>Whether the mean is a finite number.</summary>
    internal bool HasUsableMean => double.IsFinite(Mean);

    /// <summary>Whether the standard deviation is a finite number greater than 0 (z divides by it).</summary>
    internal bool HasUsableStandardDeviation => double.IsFinite(StandardDeviation) && StandardDeviation > 0;

    /// <summary>Whether the reliability lies in [0, 1) (the Reliable Change Index takes the square root of 1 minus it).</summary>
    internal bool HasUsableReliability => Reliability >= 0 && Reliability < 1;
}
