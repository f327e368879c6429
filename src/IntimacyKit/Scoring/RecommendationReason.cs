namespace IntimacyKit.Scoring;

/// <summary>One reason for a recommendation.</summary>
public sealed class RecommendationReason
{
    /// <summary>Creates the value.</summary>
    /// <param name="obstacleId">The obstacle the exercise works on.</param>
    /// <param name="scoreId">The scale whose score led to it.</param>
    /// <param name="score">That score.</param>
    /// <param name="bandId">The band that holds it, if any.</param>
    /// <param name="rule">The rule applied, in words.</param>
    public RecommendationReason(string obstacleId, string scoreId, double score, string? bandId, string rule)
    {
        ObstacleId = obstacleId;
        ScoreId = scoreId;
        Score = score;
        BandId = bandId;
        Rule = rule;
    }

    /// <summary>The obstacle the exercise works on.</summary>
    public string ObstacleId { get; }

    /// <summary>The scale whose score led to it.</summary>
    public string ScoreId { get; }

    /// <summary>That score.</summary>
    public double Score { get; }

    /// <summary>The band that holds it, if any.</summary>
    public string? BandId { get; }

    /// <summary>The rule applied, in words.</summary>
    public string Rule { get; }
}
