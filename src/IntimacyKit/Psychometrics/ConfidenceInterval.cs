using System.Globalization;

namespace IntimacyKit.Psychometrics;

/// <summary>A 95% confidence interval.</summary>
public sealed class ConfidenceInterval
{
    internal ConfidenceInterval(double lower, double upper)
    {
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The lower bound (NaN when the interval cannot be computed).</summary>
    public double Lower { get; }

    /// <summary>The upper bound (NaN when the interval cannot be computed).</summary>
    public double Upper { get; }

    /// <summary>Whether <paramref name="value"/> lies within the bounds (inclusive).</summary>
    /// <param name="value">A value.</param>
    /// <returns><see langword="true"/> when Lower &lt;= value &lt;= Upper.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Lower}, {Upper}]");
}
