namespace IntimacyKit.Batch;

/// <summary>Options of <see cref="ScoreWriter"/>.</summary>
public sealed class ScoreWriterOptions
{
    /// <summary>The default options: scores only.</summary>
    public static ScoreWriterOptions Default { get; } = new();

    /// <summary>Also write the band id of each score.</summary>
    public bool IncludeBands { get; init; }

    /// <summary>Also write the safety flags (urgent first) and the response-quality flags.</summary>
    public bool IncludeFlags { get; init; }
}
