namespace IntimacyKit.Scoring;

/// <summary>Options of the safety stage.</summary>
public sealed class SafetyOptions
{
    /// <summary>
    /// Whether an urgent flag ends the pipeline (later stages, such as recommend, do not run). Off by default: the
    /// result is marked <see cref="AssessmentResult.RequiresSupportFirst"/> and the recommender offers only safe exercises.
    /// </summary>
    public bool StopOnUrgentFlag { get; init; }
}
