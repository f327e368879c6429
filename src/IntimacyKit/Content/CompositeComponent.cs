using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>One scale of a composite with its weight; a negative weight counts the scale against the composite.</summary>
public sealed class CompositeComponent
{
    /// <summary>Creates a component.</summary>
    /// <param name="scale">Id of a scale of the same assessment.</param>
    /// <param name="weight">Non-zero, finite weight.</param>
    public CompositeComponent(string scale, double weight = 1.0)
    {
        Scale = Guard.NotNull(scale);
        Weight = weight;
    }

    /// <summary>Id of a scale of the same assessment.</summary>
    public string Scale { get; }

    /// <summary>Weight of the scale in the composite.</summary>
    public double Weight { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Scale} x {Weight}";
}
