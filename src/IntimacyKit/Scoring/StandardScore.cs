namespace IntimacyKit.Scoring;

/// <summary>Standard scores from norms, using the normal approximation for the percentile.</summary>
public readonly struct StandardScore
{
    internal StandardScore(double z) => Z = z;

    /// <summary>z = (score - norm mean) / norm standard deviation.</summary>
    public double Z { get; }

    /// <summary>T = 50 + 10z.</summary>
    public double T => 50 + (10 * Z);

    /// <summary>Percentile = 100 x Phi(z), the standard normal distribution function (accurate to about 1e-7).</summary>
    public double Percentile => 100 * NormalDistribution.Cdf(Z);
}
