namespace IntimacyKit.Scoring;

/// <summary>What the validate stage does with bad answers.</summary>
public enum ValidationPolicy
{
    /// <summary>Throw one <see cref="ScoringException"/> listing every problem.</summary>
    Strict = 0,

    /// <summary>Drop the bad answers, score the rest, and record each problem as a warning on the result.</summary>
    Lenient = 1,
}
