using System.Collections.Immutable;

using IntimacyKit.Scoring;

namespace IntimacyKit.Recommendations;

/// <summary>Chooses exercises for a scored result; the recommend stage of the scoring pipeline calls it.</summary>
public interface IRecommender
{
    /// <summary>Recommends exercises, best first.</summary>
    /// <param name="request">The result, the catalog and the person's preferences.</param>
    /// <returns>Recommendations, possibly none.</returns>
    ImmutableArray<Recommendation> Recommend(RecommendationRequest request);
}
