using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;
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

/// <summary>What a recommender sees.</summary>
/// <param name="Result">The scored result (safety flags included).</param>
/// <param name="Catalog">The content catalog.</param>
/// <param name="Preferences">The person's preferences.</param>
public sealed record RecommendationRequest(AssessmentResult Result, ContentCatalog Catalog, RecommendationPreferences Preferences);

/// <summary>A person's preferences for recommendations.</summary>
public sealed class RecommendationPreferences
{
    /// <summary>No preferences: every mode, any length, nothing done yet.</summary>
    public static RecommendationPreferences None { get; } = new();

    /// <summary>Modes the person is open to; empty means all.</summary>
    public ImmutableArray<ExerciseMode> Modes { get; init; } = [];

    /// <summary>Minutes the person has for one exercise, or <see langword="null"/> for no limit.</summary>
    public int? MaxMinutes { get; init; }

    /// <summary>Ids of exercises already done.</summary>
    public ImmutableArray<string> Done { get; init; } = [];
}

/// <summary>One recommended exercise with the reasons that led to it.</summary>
public sealed class Recommendation
{
    private readonly Func<Recommendation, string>? _explain;
    private string? _explanation;

    /// <summary>Creates a recommendation.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="reasons">Why it is recommended: the scores and rules that led to it.</param>
    /// <param name="explanation">The reasons as a sentence a person can read.</param>
    public Recommendation(Exercise exercise, IEnumerable<RecommendationReason> reasons, string explanation)
    {
        Exercise = Guard.NotNull(exercise);
        Reasons = Immutable.Copy(reasons);
        _explanation = Guard.NotNull(explanation);
    }

    /// <summary>A recommendation whose sentence is written when first read, so that explaining costs nothing when nobody asks.</summary>
    internal Recommendation(Exercise exercise, ImmutableArray<RecommendationReason> reasons, object state, Func<Recommendation, string> explain)
    {
        Exercise = exercise;
        Reasons = reasons;
        State = state;
        _explain = explain;
    }

    /// <summary>The exercise.</summary>
    public Exercise Exercise { get; }

    /// <summary>Why it is recommended.</summary>
    public ImmutableArray<RecommendationReason> Reasons { get; }

    /// <summary>The reasons as a sentence.</summary>
    public string Explanation => _explanation ??= _explain!(this);

    /// <summary>What the recommender needs to write <see cref="Explanation"/> later.</summary>
    internal object? State { get; }

    /// <inheritdoc />
    public override string ToString() => Exercise.Id;
}

/// <summary>One reason for a recommendation.</summary>
/// <param name="ObstacleId">The obstacle the exercise works on.</param>
/// <param name="ScoreId">The scale whose score led to it.</param>
/// <param name="Score">That score.</param>
/// <param name="BandId">The band that holds it, if any.</param>
/// <param name="Rule">The rule applied, in words.</param>
public sealed record RecommendationReason(string ObstacleId, string ScoreId, double Score, string? BandId, string Rule);
