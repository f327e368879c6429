namespace IntimacyKit.Scoring;

/// <summary>Whether a scale or composite has a score.</summary>
public enum ScoreStatus : byte
{
    /// <summary>Not scored; see <see cref="NotScoredReason"/>.</summary>
    NotScored = 0,

    /// <summary>Scored.</summary>
    Scored = 1,
}
