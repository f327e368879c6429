namespace IntimacyKit.Scoring;

/// <summary>Options of all built-in stages, for <see cref="ScoringPipelineBuilderExtensions.AddDefaultStages"/>.</summary>
public sealed class ScoringOptions
{
    /// <summary>Options of the validate stage.</summary>
    public ValidationOptions Validation { get; init; } = new();

    /// <summary>Options of the safety stage.</summary>
    public SafetyOptions Safety { get; init; } = new();

    /// <summary>Options of the response-quality stage.</summary>
    public ResponseQualityOptions ResponseQuality { get; init; } = new();
}
