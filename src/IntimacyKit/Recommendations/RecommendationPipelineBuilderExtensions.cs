using IntimacyKit.Internal;
using IntimacyKit.Scoring;

namespace IntimacyKit.Recommendations;

/// <summary>Adds the recommend stage to a <see cref="ScoringPipelineBuilder"/>.</summary>
public static class RecommendationPipelineBuilderExtensions
{
    /// <summary>
    /// Adds the recommend stage, which asks <see cref="RecommendStageOptions.Recommender"/> for exercises once bands
    /// and safety have run; the person's preferences come per call (<see cref="RecommendationProperties.Preferences"/>).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Its options; with no recommender, results carry no recommendations.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddRecommendations(this ScoringPipelineBuilder builder, RecommendStageOptions options)
        => Guard.NotNull(builder).AddStage(new RecommendStage(Guard.NotNull(options)));

    /// <summary>Adds the recommend stage with a recommender.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="recommender">The recommender, for example a <see cref="DefaultRecommender"/>.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddRecommendations(this ScoringPipelineBuilder builder, IRecommender recommender)
        => builder.AddRecommendations(new RecommendStageOptions { Recommender = Guard.NotNull(recommender) });
}
