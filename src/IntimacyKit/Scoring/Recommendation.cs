using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

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
