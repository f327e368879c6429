namespace IntimacyKit.Scoring;

/// <summary>Options of the validate stage.</summary>
public sealed class ValidationOptions
{
    /// <summary>Strict (default) or lenient.</summary>
    public ValidationPolicy Policy { get; init; } = ValidationPolicy.Strict;
}
