namespace IntimacyKit.Psychometrics;

/// <summary>A 95% confidence interval.</summary>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
public readonly record struct ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>Whether <paramref name="value"/> lies within the bounds (inclusive).</summary>
    /// <param name="value">A value.</param>
    /// <returns><see langword="true"/> when Lower &lt;= value &lt;= Upper.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
