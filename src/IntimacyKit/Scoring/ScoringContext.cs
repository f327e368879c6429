using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Recommendations;

namespace IntimacyKit.Scoring;

/// <summary>
/// What a stage sees while one response is scored: the assessment, the response, the answers (raw and keyed) and
/// the result being built. One context per call; stages must not keep it.
/// </summary>
public sealed class ScoringContext
{
    internal const int Missing = int.MinValue;
    internal const int SkippedMark = int.MinValue + 1;

    private readonly int _items;

    internal ScoringContext(
        CompiledAssessment compiled,
        AssessmentResponse response,
        ContentCatalog catalog,
        RecommendationPreferences preferences,
        int[] buffer,
        List<ScoringProblem>? problems,
        bool hasResponseTimes,
        AssessmentResult result)
    {
        Compiled = compiled;
        Response = response;
        Catalog = catalog;
        Preferences = preferences;
        Buffer = buffer;
        _items = compiled.Layout.ItemIds.Length;
        Problems = problems;
        HasResponseTimes = hasResponseTimes;
        Result = result;
    }

    /// <summary>The assessment answered.</summary>
    public Assessment Assessment => Compiled.Assessment;

    /// <summary>Its response scale.</summary>
    public ResponseScale ResponseScale => Compiled.ResponseScale;

    /// <summary>The response being scored.</summary>
    public AssessmentResponse Response { get; }

    /// <summary>The content catalog the pipeline was built with.</summary>
    public ContentCatalog Catalog { get; }

    /// <summary>The person's preferences for recommendations.</summary>
    public RecommendationPreferences Preferences { get; }

    /// <summary>The result being built.</summary>
    public AssessmentResult Result { get; }

    /// <summary>The number of items of the assessment; item indices follow <see cref="Assessment.Items"/>.</summary>
    public int ItemCount => Compiled.Layout.ItemIds.Length;

    internal CompiledAssessment Compiled { get; }

    /// <summary>The rented buffer: raw answers in the first half, keyed answers in the second.</summary>
    internal int[] Buffer { get; }

    internal Span<int> Raw => Buffer.AsSpan(0, _items);

    internal Span<int> Keyed => Buffer.AsSpan(_items, _items);

    internal bool HasResponseTimes { get; }

    internal List<ScoringProblem>? Problems { get; }

    /// <summary>The raw answer to an item, or <see langword="null"/> when it is missing, skipped or was dropped.</summary>
    /// <param name="itemIndex">Index in <see cref="Assessment.Items"/>.</param>
    /// <returns>The answer.</returns>
    public int? RawAnswer(int itemIndex) => Answered(Raw[Check(itemIndex)]);

    /// <summary>The answer to an item after reverse keying (once the reverse-key stage has run), or <see langword="null"/>.</summary>
    /// <param name="itemIndex">Index in <see cref="Assessment.Items"/>.</param>
    /// <returns>The keyed answer.</returns>
    public int? KeyedAnswer(int itemIndex) => Answered(Keyed[Check(itemIndex)]);

    /// <summary>Sets the norms used for a scale's standard scores, overriding the content's; call it from a stage placed before <c>norms</c>, or instead of it.</summary>
    /// <param name="scoreId">Scale or composite id.</param>
    /// <param name="norms">The host's own norms.</param>
    public void SetNorms(string scoreId, Norms norms)
    {
        Guard.NotNull(norms);
        var index = IndexOfScore(scoreId);
        (Result.NormsOverride ??= new Norms?[Result.Slots.Length])[index] = norms;
    }

    /// <summary>Sets a score computed by a custom stage, such as a host's own aggregation.</summary>
    /// <param name="scoreId">Scale or composite id.</param>
    /// <param name="value">A finite score.</param>
    public void SetScore(string scoreId, double value)
    {
        Guard.Finite(value);
        ref var slot = ref Result.Slots[IndexOfScore(scoreId)];
        slot.Value = value;
        slot.Status = ScoreStatus.Scored;
        slot.Reason = NotScoredReason.None;
    }

    /// <summary>Withholds a score, for example when a host's rule says there is too little to go on.</summary>
    /// <param name="scoreId">Scale or composite id.</param>
    public void Withhold(string scoreId)
    {
        ref var slot = ref Result.Slots[IndexOfScore(scoreId)];
        slot.Status = ScoreStatus.NotScored;
        slot.Reason = NotScoredReason.Withheld;
        slot.BandPlusOne = 0;
    }

    /// <summary>Adds a warning to the result.</summary>
    /// <param name="warning">The warning.</param>
    public void AddWarning(ScoringProblem warning) => Result.AddWarning(Guard.NotNull(warning));

    /// <summary>Adds a response-quality flag to the result.</summary>
    /// <param name="flag">The flag.</param>
    public void AddQualityFlag(QualityFlag flag) => Result.AddQualityFlag(Guard.NotNull(flag));

    /// <summary>Adds a safety flag to the result.</summary>
    /// <param name="flag">The flag.</param>
    public void AddSafetyFlag(SafetyFlag flag) => Result.AddSafetyFlag(Guard.NotNull(flag));

    /// <summary>Sets the recommendations of the result.</summary>
    /// <param name="recommendations">Recommendations, best first.</param>
    public void SetRecommendations(ImmutableArray<Recommendation> recommendations) => Result.Recommendations = recommendations.IsDefault ? [] : recommendations;

    private int IndexOfScore(string scoreId)
        => Compiled.Layout.ScoreIndex.TryGetValue(Guard.NotNull(scoreId), out var index)
            ? index
            : throw new ArgumentException($"Assessment '{Assessment.Id}' has no scale or composite '{scoreId}'.", nameof(scoreId));

    private int Check(int itemIndex) => Guard.InRange(itemIndex, 0, ItemCount - 1);

    private static int? Answered(int value) => value > SkippedMark ? value : null;
}
