namespace IntimacyKit.Recommendations;

/// <summary>Options of the recommend stage.</summary>
public sealed class RecommendStageOptions
{
    /// <summary>The recommender; with none, results carry no recommendations.</summary>
    public IRecommender? Recommender { get; init; }
}
