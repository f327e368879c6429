using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Scoring.Stages;

namespace IntimacyKit.Scoring;

/// <summary>
/// What a stage sees while one response is scored: the assessment, the response, the answers (raw and keyed) and
/// the result being built. A context lives for one call only: the pipeline reuses it for the next call on the same
/// thread once this one returns, so a stage must not keep it, or use it from work that outlives
/// <see cref="ScoringStage.Execute"/>; afterwards every member throws <see cref="InvalidOperationException"/>.
/// </summary>
public sealed class ScoringContext
{
    internal const int Missing = int.MinValue;
    internal const int SkippedMark = int.MinValue + 1;

    private int _items;
    private int _scales;
    private AssessmentResponse? _response;
    private ContentCatalog? _catalog;
    private ScoringProperties? _properties;

    /// <summary>Whether the call carries any properties (the fused stages check this before looking one up).</summary>
    internal bool HasProperties => _properties is { Count: > 0 };
    private AssessmentResult? _result;
    private CompiledAssessment? _compiled;

    /// <summary>
    /// Contexts are reused, one per thread (scoring is the hot path: no allocation beyond the result), and set up
    /// for each call by <see cref="Reset"/>.
    /// </summary>
    internal ScoringContext()
    {
    }

    /// <summary>The assessment answered.</summary>
    public Assessment Assessment => Compiled.Assessment;

    /// <summary>Its response scale.</summary>
    public ResponseScale ResponseScale => Compiled.ResponseScale;

    /// <summary>The response being scored.</summary>
    public AssessmentResponse Response => _response ?? throw Ended();

    /// <summary>The content catalog the pipeline was built with.</summary>
    public ContentCatalog Catalog => _catalog ?? throw Ended();


    /// <summary>The result being built.</summary>
    public AssessmentResult Result => _result ?? throw Ended();

    /// <summary>The number of items of the assessment; item indices follow <see cref="Assessment.Items"/>.</summary>
    public int ItemCount => _items;

    internal CompiledAssessment Compiled => _compiled ?? throw Ended();

    /// <summary>The working buffer: raw answers, then keyed answers (an int per item each), then two ints per scale for the fused stages.</summary>
    internal int[] Buffer { get; private set; } = [];

    internal Span<int> Raw => Buffer.AsSpan(0, _items);

    internal Span<int> Keyed => Buffer.AsSpan(_items, _items);

    /// <summary>Two ints per scale where the fused stages' walk leaves each scale's sum, and its answered count and end bits.</summary>
    internal Span<int> ScaleScratch => Buffer.AsSpan(2 * _items, 2 * _scales);

    internal bool HasResponseTimes { get; set; }

    private bool _inUse;

    /// <summary>
    /// Whether a call is using this context, so that the thread's cached context is not handed out again. Read and
    /// written with barriers: a call that resumed on another thread after an await releases it from there.
    /// </summary>
    internal bool InUse
    {
        get => Volatile.Read(ref _inUse);
        set => Volatile.Write(ref _inUse, value);
    }

    /// <summary>Whether this context was made because the thread's cached one was in use (it may take its place when released).</summary>
    internal bool IsSpare { get; set; }

    internal List<ScoringProblem>? Problems { get; set; }

    /// <summary>Why the response was refused (see <see cref="Refuse"/>); <see langword="null"/> while it is not.</summary>
    internal ImmutableArray<ScoringProblem>? Refusal { get; private set; }

    private ImmutableArray<SafetyFlag> _refusalFlags;

    /// <summary>Sets the context up for one call, with a buffer of at least two slots per item and two per scale.</summary>
    internal void Reset(CompiledAssessment compiled, AssessmentResponse response, ContentCatalog catalog, ScoringProperties? properties)
    {
        _compiled = compiled;
        _response = response;
        _catalog = catalog;
        _properties = properties;
        _items = compiled.Layout.ItemIds.Length;
        _scales = compiled.Layout.ScaleCount;
        if (Buffer.Length < 2 * (_items + _scales))
        {
            Buffer = new int[2 * (_items + _scales)];
        }

        Problems = null;
        HasResponseTimes = false;
        _result = null;
    }

    /// <summary>Sets the result once the answers are loaded.</summary>
    internal void Begin(AssessmentResult result) => _result = result;

    /// <summary>Ends the call: lets go of its objects and wipes its answers, so that a context kept for reuse holds nothing of the last response.</summary>
    internal void Clear()
    {
        Buffer.AsSpan(0, 2 * (_items + _scales)).Clear();
        _items = 0;
        _scales = 0;
        _response = null;
        _result = null;
        _compiled = null;
        _catalog = null;
        _properties = null;
        Problems = null;
        Refusal = null;
        _refusalFlags = default;
    }

    /// <summary>
    /// Refuses the response: the call ends with no result, and its outcome (or the <see cref="ScoringException"/>
    /// that <c>Score</c> throws) lists <paramref name="problems"/>, with the safety flags the valid answers raise so
    /// that support still comes first. Return what it returns from the stage.
    /// </summary>
    /// <param name="problems">Why, at least one, each with its item id where there is one.</param>
    /// <returns><see cref="StageFlow.Stop"/>.</returns>
    public StageFlow Refuse(IEnumerable<ScoringProblem> problems)
    {
        var list = Immutable.Copy(problems);
        if (list.IsEmpty)
        {
            throw new ArgumentException("Give at least one problem: a refusal says why.", nameof(problems));
        }

        Refusal = list;
        // The flags the safety stage raised if it has run (with any a host's stage added), else those the answers raise.
        _refusalFlags = Result.SafetyFlags.IsEmpty ? SafetyStage.Evaluate(Compiled, Raw) : Result.SafetyFlags;
        return StageFlow.Stop;
    }

    /// <summary>The outcome of the call once the stages have run.</summary>
    internal ScoringOutcome Outcome() => Refusal is { } problems ? ScoringOutcome.Refused(problems, _refusalFlags) : ScoringOutcome.Scored(Result);

    /// <summary>Gets a value given for this call in the <see cref="ScoringProperties"/> passed to the pipeline.</summary>
    /// <typeparam name="TValue">The type of the value.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when given.</param>
    /// <returns>Whether a value of that type was given under the key.</returns>
    public bool TryGetProperty<TValue>(ScoringPropertyKey<TValue> key, [MaybeNullWhen(false)] out TValue value)
    {
        _ = Compiled; // throws once the call has ended
        if (key.Key is null)
        {
            throw new ArgumentException("The key is the default value; create keys with new ScoringPropertyKey<T>(name).", nameof(key));
        }

        if (_properties is { } properties)
        {
            return properties.TryGetValue(key, out value);
        }

        value = default;
        return false;
    }

    private static InvalidOperationException Ended()
        => new("This scoring context has ended: a stage may use it only while the pipeline runs it, never keep it for later.");

    /// <summary>The raw answer to an item, or <see langword="null"/> when it is missing, skipped or was dropped.</summary>
    /// <param name="itemIndex">Index in <see cref="Assessment.Items"/>.</param>
    /// <returns>The answer.</returns>
    public int? RawAnswer(int itemIndex) => Answered(Raw[Check(itemIndex)]);

    /// <summary>The answer to an item after reverse keying (once the reverse-key stage has run), or <see langword="null"/>.</summary>
    /// <param name="itemIndex">Index in <see cref="Assessment.Items"/>.</param>
    /// <returns>The keyed answer.</returns>
    public int? KeyedAnswer(int itemIndex) => Answered(Keyed[Check(itemIndex)]);

    /// <summary>Sets the norms used for a scale's standard scores, overriding the content's; call it from a stage placed before <c>norms</c>, or instead of
    /// it.</summary>
    /// <param name="scoreId">Scale or composite id.</param>
    /// <param name="norms">The host's own norms.</param>
    /// <exception cref="ArgumentOutOfRangeException">The norms cannot give standard scores: a mean that is not finite, a standard deviation not above 0, or a
    /// reliability outside [0, 1).</exception>
    public void SetNorms(string scoreId, Norms norms)
    {
        Guard.NotNull(norms);
        if (!norms.HasUsableMean || !norms.HasUsableStandardDeviation || !norms.HasUsableReliability)
        {
            var given = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"Norms for '{scoreId}' ({norms.Source}) have mean {norms.Mean}, standard deviation {norms.StandardDeviation} and reliability "
                    + $"{norms.Reliability}");
            throw new ArgumentOutOfRangeException(
                nameof(norms),
                given + "; the mean should be finite, the standard deviation a finite number greater than 0, and the reliability in range [0, 1).");
        }

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
