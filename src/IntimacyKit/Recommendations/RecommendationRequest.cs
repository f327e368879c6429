using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Recommendations;

/// <summary>What a recommender sees.</summary>
/// <param name="Result">The scored result (safety flags included).</param>
/// <param name="Catalog">The content catalog.</param>
/// <param name="Preferences">The person's preferences.</param>
public sealed record RecommendationRequest(AssessmentResult Result, ContentCatalog Catalog, RecommendationPreferences Preferences);
