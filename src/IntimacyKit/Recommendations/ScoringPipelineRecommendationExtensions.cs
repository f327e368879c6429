using IntimacyKit.Internal;
using IntimacyKit.Scoring;

namespace IntimacyKit.Recommendations;

/// <summary>Scores with the person's recommendation preferences, for a pipeline with the recommend stage.</summary>
public static class ScoringPipelineRecommendationExtensions
{
    /// <summary>Scores a response, passing <paramref name="preferences"/> to the recommend stage.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="response">The response.</param>
    /// <param name="preferences">The person's preferences; none when <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ScoringException">The response cannot be scored.</exception>
    public static AssessmentResult Score(this ScoringPipeline pipeline, AssessmentResponse response, RecommendationPreferences? preferences)
        => Guard.NotNull(pipeline).Score(response, With(preferences));

    /// <summary>Scores a response, awaiting asynchronous stages, passing <paramref name="preferences"/> to the recommend stage.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="response">The response.</param>
    /// <param name="preferences">The person's preferences; none when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels asynchronous stages.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ScoringException">The response cannot be scored.</exception>
    public static ValueTask<AssessmentResult> ScoreAsync(
        this ScoringPipeline pipeline, AssessmentResponse response, RecommendationPreferences? preferences, CancellationToken cancellationToken = default)
        => Guard.NotNull(pipeline).ScoreAsync(response, With(preferences), cancellationToken);

    private static ScoringProperties With(RecommendationPreferences? preferences) =>
        preferences is null ? ScoringProperties.Empty : ScoringProperties.Empty.With(RecommendationProperties.Preferences, preferences);
}
