namespace IntimacyKit.Batch;

/// <summary>The formats <see cref="ResponseReader"/> and <see cref="ScoreWriter"/> know.</summary>
public enum ResponseFileFormat
{
    /// <summary>Comma-separated values with a header row.</summary>
    Csv = 0,

    /// <summary>One JSON object per line.</summary>
    JsonLines = 1,
}
