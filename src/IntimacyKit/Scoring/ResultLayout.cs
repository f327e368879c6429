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

    /// <summary>The culture of the pack that defines the assessment: the language the person answered in.</summary>
    public string Culture { get; init; } = "en";

    /// <summary>Whether results show bands and norms (not for a translation that is not validated with its own norms).</summary>
    public bool ShowsBands { get; init; } = true;

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
