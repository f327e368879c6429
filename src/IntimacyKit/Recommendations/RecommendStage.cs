using IntimacyKit.Scoring;
using IntimacyKit.Scoring.Stages;

namespace IntimacyKit.Recommendations;

/// <summary>Asks the configured <see cref="IRecommender"/> for exercises, with the call's <see cref="RecommendationProperties.Preferences"/>.</summary>
internal sealed class RecommendStage(RecommendStageOptions options)
    : BuiltInStage(ScoringStageNames.Recommend, ScoringStageNames.Bands, ScoringStageNames.Safety)
{
    public override StageFlow Execute(ScoringContext context)
    {
        if (options.Recommender is { } recommender)
        {
            var preferences = context.TryGetProperty(RecommendationProperties.Preferences, out var given) ? given : RecommendationPreferences.None;
            context.SetRecommendations(recommender.Recommend(new RecommendationRequest(context.Result, context.Catalog, preferences)));
        }

        return StageFlow.Continue;
    }
}
