using System.Collections.Frozen;
using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>
/// What a result needs to know about its assessment, shared by every result of one compiled assessment (so that a
/// result itself stays a few small arrays), or rebuilt from a result's JSON.
/// </summary>
internal sealed class ResultLayout
{
    public ResultLayout(
        string assessmentId,
        SemanticVersion assessmentVersion,
        string assessmentTitle,
        int responseMin,
        int responseMax,
        string[] itemIds,
        bool[] itemReverse,
        ScoreLayout[] scores,
        int scaleCount,
        PackNotices? notices = null,
        ImmutableArray<SupportResource> screenResources = default,
        string?[]? itemObstacles = null)
    {
        AssessmentId = assessmentId;
        AssessmentVersion = assessmentVersion;
        AssessmentTitle = assessmentTitle;
        ResponseMin = responseMin;
        ResponseMax = responseMax;
        ItemIds = itemIds;
        ItemReverse = itemReverse;
        ItemObstacles = itemObstacles ?? new string?[itemIds.Length];
        Scores = scores;
        ScaleCount = scaleCount;
        Notices = notices ?? PackNotices.Default;
        ScreenResources = screenResources.IsDefault ? [] : screenResources;
        ItemIndex = Index(itemIds);
        ScoreIndex = Index(scores.Select(static s => s.Id));
    }

    public string AssessmentId { get; }

    public SemanticVersion AssessmentVersion { get; }

    public string AssessmentTitle { get; }

    public int ResponseMin { get; }

    public int ResponseMax { get; }

    public string[] ItemIds { get; }

    public bool[] ItemReverse { get; }

    /// <summary>Per item, the obstacle a statement of a category scale is about, or <see langword="null"/>.</summary>
    public string?[] ItemObstacles { get; }

    /// <summary>Scales first, then composites.</summary>
    public ScoreLayout[] Scores { get; }

    public int ScaleCount { get; }

    /// <summary>The disclaimer and safety notices of the pack that defines the assessment.</summary>
    public PackNotices Notices { get; }

    /// <summary>Every support resource the assessment's safety rules name, in order: what a shared (dyadic) view shows to everyone alike.</summary>
    public ImmutableArray<SupportResource> ScreenResources { get; }

    public FrozenDictionary<string, int> ItemIndex { get; }

    public FrozenDictionary<string, int> ScoreIndex { get; }

    private static FrozenDictionary<string, int> Index(IEnumerable<string> ids)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            map.TryAdd(id, map.Count);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>One scale or composite: its definition in the form scoring needs.</summary>
internal sealed class ScoreLayout(
    string id,
    string title,
    bool isComposite,
    string? obstacle,
    string? category,
    Aggregation aggregation,
    int minRequired,
    int[] members,
    double[] weights,
    ImmutableArray<Band> bands,
    Norms? norms,
    double lowest,
    double highest,
    string? protective = null,
    bool aboutOther = false)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public bool IsComposite { get; } = isComposite;

    public string? Obstacle { get; } = obstacle;

    public string? Category { get; } = category;

    public Aggregation Aggregation { get; } = aggregation;

    /// <summary>Fewest answered items (scale) or scored scales (composite).</summary>
    public int MinRequired { get; } = minRequired;

    /// <summary>Item indices (scale) or scale indices (composite).</summary>
    public int[] Members { get; } = members;

    /// <summary>Component weights (composite); empty for a scale.</summary>
    public double[] Weights { get; } = weights;

    public ImmutableArray<Band> Bands { get; } = bands;

    public Norms? Norms { get; } = norms;

    public double Lowest { get; } = lowest;

    public double Highest { get; } = highest;

    /// <summary>The scale's protective framing from the content, or <see langword="null"/>.</summary>
    public string? Protective { get; } = protective;

    /// <summary>Whether the scale measures how the respondent sees the other person (never a reason for the respondent's own exercises).</summary>
    public bool AboutOther { get; } = aboutOther;
}

/// <summary>
/// The per-call state of one score: compact so that a result costs a few hundred bytes, and meaningful when all
/// zero (not scored because no stage reached it, no band) so that a new result needs no initialisation.
/// </summary>
internal struct ScoreSlot
{
    /// <summary>The score; meaningful only when <see cref="Status"/> is <see cref="ScoreStatus.Scored"/>.</summary>
    public double Value;
    public short Answered;

    /// <summary>Index of the band plus one; 0 when no band holds the score.</summary>
    public byte BandPlusOne;
    public ScoreStatus Status;
    public NotScoredReason Reason;

    public readonly int BandIndex => BandPlusOne - 1;

    public readonly NotScoredReason EffectiveReason => Status == ScoreStatus.Scored
        ? NotScoredReason.None
        : Reason == NotScoredReason.None ? NotScoredReason.PipelineStopped : Reason;
}
