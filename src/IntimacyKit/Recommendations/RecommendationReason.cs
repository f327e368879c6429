namespace IntimacyKit.Recommendations;

/// <summary>One reason for a recommendation.</summary>
/// <param name="ObstacleId">The obstacle the exercise works on.</param>
/// <param name="ScoreId">The scale whose score led to it.</param>
/// <param name="Score">That score.</param>
/// <param name="BandId">The band that holds it, if any.</param>
/// <param name="Rule">The rule applied, in words.</param>
public sealed record RecommendationReason(string ObstacleId, string ScoreId, double Score, string? BandId, string Rule);
