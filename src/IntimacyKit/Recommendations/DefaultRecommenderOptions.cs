namespace IntimacyKit.Recommendations;

/// <summary>Options of the <see cref="DefaultRecommender"/>.</summary>
public sealed class DefaultRecommenderOptions
{
    /// <summary>At most this many exercises per obstacle in one list (default 2). Range [1-10].</summary>
    public int MaxPerObstacle { get; init; } = 2;

    /// <summary>The length of the list (default 5). Range [1-50].</summary>
    public int MaxRecommendations { get; init; } = 5;
}
