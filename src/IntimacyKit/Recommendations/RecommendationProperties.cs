using IntimacyKit.Scoring;

namespace IntimacyKit.Recommendations;

/// <summary>The per-call values the recommend stage reads from <see cref="ScoringProperties"/>.</summary>
public static class RecommendationProperties
{
    /// <summary>The person's preferences for recommendations; <see cref="RecommendationPreferences.None"/> when not given.</summary>
    public static ScoringPropertyKey<RecommendationPreferences> Preferences { get; } = new("IntimacyKit.Recommendations.Preferences");
}
