using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Recommendations;

/// <summary>What a recommender sees.</summary>
public sealed class RecommendationRequest
{
    /// <summary>Creates the value.</summary>
    /// <param name="result">The scored result (safety flags included).</param>
    /// <param name="catalog">The content catalog.</param>
    /// <param name="preferences">The person's preferences.</param>
    public RecommendationRequest(AssessmentResult result, ContentCatalog catalog, RecommendationPreferences preferences)
    {
        Result = result;
        Catalog = catalog;
        Preferences = preferences;
    }

    /// <summary>The scored result (safety flags included).</summary>
    public AssessmentResult Result { get; }

    /// <summary>The content catalog.</summary>
    public ContentCatalog Catalog { get; }

    /// <summary>The person's preferences.</summary>
    public RecommendationPreferences Preferences { get; }
}
