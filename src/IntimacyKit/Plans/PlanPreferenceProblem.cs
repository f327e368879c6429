using System.Globalization;

namespace IntimacyKit.Plans;

/// <summary>A value of <see cref="PlanPreferences"/> outside its range, as data: which property, its value and the range allowed.</summary>
public sealed class PlanPreferenceProblem
{
    internal PlanPreferenceProblem(string property, int value, int min, int max)
    {
        Property = property;
        Value = value;
        Min = min;
        Max = max;
    }

    /// <summary>The property's name, such as <c>Weeks</c>.</summary>
    public string Property { get; }

    /// <summary>The value given.</summary>
    public int Value { get; }

    /// <summary>The smallest value allowed.</summary>
    public int Min { get; }

    /// <summary>The largest value allowed.</summary>
    public int Max { get; }

    /// <summary>The problem in words, without the property's name: "Value 99 should be in range [1-52]."</summary>
    public string Message => string.Create(CultureInfo.InvariantCulture, $"Value {Value} should be in range [{Min}-{Max}].");

    /// <inheritdoc />
    public override string ToString() => $"PlanPreferences.{Property}: {Message}";
}
