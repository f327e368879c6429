namespace IntimacyKit.Scoring;

/// <summary>What the validate stage does with bad answers.</summary>
public enum ValidationPolicy
{
    /// <summary>
    /// Refuse the response, listing every problem: <see cref="ScoringPipeline.TryScore"/> returns them in its outcome and
    /// <see cref="ScoringPipeline.Score"/> throws them as one <see cref="ScoringException"/>.
    /// </summary>
    Strict = 0,

    /// <summary>Drop the bad answers, score the rest, and record each problem as a warning on the result.</summary>
    Lenient = 1,
}
