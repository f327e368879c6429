namespace IntimacyKit.Scoring;

/// <summary>Why a scale or composite has no score.</summary>
public enum NotScoredReason : byte
{
    /// <summary>It is scored.</summary>
    None = 0,

    /// <summary>Fewer items were answered than the scale's minimum.</summary>
    TooFewAnswers = 1,

    /// <summary>Fewer component scales were scored than the composite's minimum.</summary>
    TooFewScales = 2,

    /// <summary>A stage ended the pipeline before the score was computed.</summary>
    PipelineStopped = 3,

    /// <summary>A custom stage withheld the score.</summary>
    Withheld = 4,
}
