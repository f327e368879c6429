using IntimacyKit.Recommendations;

namespace IntimacyKit.Scoring.Stages;

/// <summary>Asks the registered <see cref="IRecommender"/> for exercises.</summary>
internal sealed class RecommendStage(RecommendStageOptions options) : BuiltInStage(ScoringStageNames.Recommend, ScoringStageNames.Bands, ScoringStageNames.Safety)
{
    public override StageFlow Execute(ScoringContext context)
    {
        if (options.Recommender is { } recommender)
        {
            context.SetRecommendations(recommender.Recommend(new RecommendationRequest(context.Result, context.Catalog, context.Preferences)));
        }

        return StageFlow.Continue;
    }
}
