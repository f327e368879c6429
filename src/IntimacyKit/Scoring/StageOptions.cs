using IntimacyKit.Recommendations;

namespace IntimacyKit.Scoring;

/// <summary>What the validate stage does with bad answers.</summary>
public enum ValidationPolicy
{
    /// <summary>Throw one <see cref="ScoringException"/> listing every problem.</summary>
    Strict = 0,

    /// <summary>Drop the bad answers, score the rest, and record each problem as a warning on the result.</summary>
    Lenient = 1,
}

/// <summary>Options of the validate stage.</summary>
public sealed class ValidationOptions
{
    /// <summary>Strict (default) or lenient.</summary>
    public ValidationPolicy Policy { get; init; } = ValidationPolicy.Strict;
}

/// <summary>Options of the safety stage.</summary>
public sealed class SafetyOptions
{
    /// <summary>
    /// Whether an urgent flag ends the pipeline (later stages, such as recommend, do not run). Off by default: the
    /// result is marked <see cref="AssessmentResult.RequiresSupportFirst"/> and the recommender offers only safe exercises.
    /// </summary>
    public bool StopOnUrgentFlag { get; init; }
}

/// <summary>Options of the response-quality stage.</summary>
public sealed class ResponseQualityOptions
{
    /// <summary>Fewest answered scored items before straight-lining is considered (default 10: short checks are left alone).</summary>
    public int StraightLiningMinItems { get; init; } = 10;

    /// <summary>Share of answered items with one identical answer that counts as straight-lining (default 0.9).</summary>
    public double StraightLiningShare { get; init; } = 0.9;

    /// <summary>Whether to flag contradictory answers on reverse-keyed pairs (default on).</summary>
    public bool CheckContradictions { get; init; } = true;

    /// <summary>An answer faster than this counts as too fast (default 1 second).</summary>
    public TimeSpan FastAnswer { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of timed answers that must be too fast for the flag (default 0.5).</summary>
    public double FastShare { get; init; } = 0.5;

    /// <summary>Fewest timed answers before speed is judged (default 5).</summary>
    public int MinTimedAnswers { get; init; } = 5;
}

/// <summary>Options of the recommend stage.</summary>
public sealed class RecommendationOptions
{
    /// <summary>The recommender; with none, results carry no recommendations.</summary>
    public IRecommender? Recommender { get; init; }
}
