using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>
/// The outcome of scoring one response: scale and composite scores with bands and standard scores, safety flags
/// (support before results for every flag, before anything else when one is urgent), response-quality flags, warnings
/// and recommendations. Every number can be explained on demand. IntimacyKit is a reflection and growth tool, not a
/// clinical or diagnostic instrument: hosts show <see cref="Disclaimer"/> wherever results are shown.
/// </summary>
public sealed class AssessmentResult
{
    internal AssessmentResult(ResultLayout layout, AssessmentResponse response)
    {
        // The response carries the relationship kind, respondent, time and answers: one reference, not four fields.
        Layout = layout;
        Response = response;
        Slots = new ScoreSlot[layout.Scores.Length];
    }

    /// <summary>Id of the assessment scored.</summary>
    public string AssessmentId => Layout.AssessmentId;

    /// <summary>Version of the assessment scored.</summary>
    public SemanticVersion AssessmentVersion => Layout.AssessmentVersion;

    /// <summary>Title of the assessment scored.</summary>
    public string AssessmentTitle => Layout.AssessmentTitle;

    /// <summary>Id of the relationship kind the answers are about.</summary>
    public string RelationshipKind => Response.RelationshipKind;

    /// <summary>The respondent id given with the response, if any.</summary>
    public string? RespondentId => Response.RespondentId;

    /// <summary>When the response was completed.</summary>
    public DateTimeOffset CompletedAt => Response.CompletedAt;

    /// <summary>The raw answers as given (including any that lenient validation dropped from scoring).</summary>
    public ImmutableArray<Answer> Answers => Response.Answers;

    /// <summary>Scale scores, in the assessment's order.</summary>
    public ScoreCollection Scales => new(this, 0, Layout.ScaleCount);

    /// <summary>Composite scores, in the assessment's order.</summary>
    public ScoreCollection Composites => new(this, Layout.ScaleCount, Layout.Scores.Length - Layout.ScaleCount);

    /// <summary>Safety flags, one per rule that fired, urgent ones first.</summary>
    public ImmutableArray<SafetyFlag> SafetyFlags { get; private set; } = [];

    /// <summary>
    /// Whether any safety flag is raised (a concern, a skipped safety statement, or urgent): hosts show
    /// <see cref="SupportResources"/> with <see cref="PackNotices.Concern"/> (or <see cref="PackNotices.Urgent"/>) before the results.
    /// </summary>
    public bool HasSafetyFlags => !SafetyFlags.IsEmpty;

    /// <summary>
    /// Whether a flag of harm from the other person stands. While it does, scales marked protective in the content
    /// carry their <see cref="ScaleScore.ProtectiveFraming"/> and no exercise is suggested for them.
    /// </summary>
    public bool HarmFromOtherFlagged { get; private set; }

    /// <summary>
    /// The words to show above <see cref="SupportResources"/>, in order: for an urgent flag, the pack's urgent notice when
    /// the person may be in danger from the other, then the rules' own words (to someone with thoughts of self-harm, or
    /// afraid of hurting the other); for concerns only, the pack's concern notice. Empty when no flag is raised.
    /// </summary>
    public ImmutableArray<string> SupportMessages => SafetyFlag.SupportMessages(SafetyFlags, Notices);

    /// <summary>The sentence hosts show wherever results are shown: the pack's disclaimer (this is a tool for reflection, not a diagnosis).</summary>
    public string Disclaimer => Layout.Notices.Disclaimer;

    /// <summary>
    /// The imputation the response was scored with (item medians or means over the batch it was scored in), or
    /// <see langword="null"/> when missing answers were not filled in; <see cref="ScaleScore.Imputed"/> says how many
    /// answers each scale had filled.
    /// </summary>
    public ItemImputation? Imputation { get; internal set; }

    /// <summary>The culture the person answered in: that of the pack (or translation) that defines the assessment.</summary>
    public string Culture => Layout.Culture;

    /// <summary>
    /// Whether this result shows bands and norms. A translation shows them only when it is validated and carries norms of
    /// its own; otherwise <see cref="ScaleScore.Band"/> is <see langword="null"/> and <see cref="ScaleScore.Bands"/> empty, and hosts
    /// say that bands are not available in this language. Scores are the same in every language.
    /// </summary>
    public bool ShowsBands => Layout.ShowsBands;

    /// <summary>The pack's notices: the disclaimer, the words shown with a concern or an urgent flag, and the privacy note after a flag.</summary>
    public PackNotices Notices => Layout.Notices;

    /// <summary>Whether an urgent safety flag was raised: hosts show <see cref="SupportResources"/> before anything else.</summary>
    public bool RequiresSupportFirst { get; private set; }

    /// <summary>Support resources of every raised flag, urgent flags' first, each once.</summary>
    public ImmutableArray<SupportResource> SupportResources { get; private set; } = [];

    /// <summary>Response-quality flags.</summary>
    public ImmutableArray<QualityFlag> QualityFlags { get; private set; } = [];

    /// <summary>Warnings, such as answers that lenient validation dropped.</summary>
    public ImmutableArray<ScoringProblem> Warnings { get; private set; } = [];

    /// <summary>Recommended exercises, best first; empty when no recommender is registered or the stage did not run.</summary>
    public ImmutableArray<Recommendation> Recommendations { get; internal set; } = [];

    /// <summary>The stage that ended the pipeline early, or <see langword="null"/> when every stage ran.</summary>
    public string? StoppedAfter { get; internal set; }

    internal ResultLayout Layout { get; }

    internal AssessmentResponse Response { get; }

    internal ScoreSlot[] Slots { get; }

    internal double[]? Z { get; set; }

    /// <summary>Per score, the missing answers filled in by imputation (counted with the score, not in its answered count); <see langword="null"/> when
    /// none were.</summary>
    internal short[]? ImputedCounts { get; set; }

    /// <summary>The missing answers filled in for a score.</summary>
    internal int ImputedAt(int index) => ImputedCounts is { } counts ? counts[index] : 0;

    internal Norms?[]? NormsOverride { get; set; }

    /// <summary>Looks up a scale or composite score by id.</summary>
    /// <param name="id">Scale or composite id.</param>
    /// <param name="score">The score view, when found.</param>
    /// <returns>Whether the assessment has that scale or composite.</returns>
    public bool TryGetScore(string id, out ScaleScore score)
    {
        if (Layout.ScoreIndex.TryGetValue(id, out var index))
        {
            score = new ScaleScore(this, index);
            return true;
        }

        score = default;
        return false;
    }

    /// <summary>Gets a scale or composite score by id.</summary>
    /// <param name="id">Scale or composite id.</param>
    /// <returns>The score view.</returns>
    /// <exception cref="KeyNotFoundException">The assessment has no such scale or composite.</exception>
    public ScaleScore GetScore(string id)
        => TryGetScore(id, out var score)
            ? score
            : throw new KeyNotFoundException($"Assessment '{AssessmentId}' has no scale or composite '{id}'. Known: "
                + $"{string.Join(", ", Layout.Scores.Select(static s => s.Id))}.");

    /// <summary>Whether a safety flag with this id was raised.</summary>
    /// <param name="flag">Flag id, such as <c>current-harm</c>.</param>
    /// <returns><see langword="true"/> when any rule raised it.</returns>
    public bool HasSafetyFlag(string flag)
    {
        foreach (var raised in SafetyFlags)
        {
            if (raised.Flag == flag)
            {
                return true;
            }
        }

        return false;
    }

    internal Norms? NormsOf(int index) => Layout.ShowsBands ? NormsOverride?[index] ?? Layout.Scores[index].Norms : null;

    internal double? ZOf(int index) => Layout.ShowsBands && Z is { } z && !double.IsNaN(z[index]) ? z[index] : null;

    /// <summary>Adds a flag; later stages (recommend) see it at once, urgent flags first. Flags are rare, so re-sorting is cheap.</summary>
    internal void AddSafetyFlag(SafetyFlag flag)
    {
        // Urgent first; within a severity, flags raised by an answer before those raised by a skipped statement, so that
        // the help that fits what the person said is listed first.
        SafetyFlags = [.. SafetyFlags.Add(flag).OrderByDescending(static f => f.Severity).ThenBy(static f => f.NotAnswered)];
        RequiresSupportFirst = SafetyFlags[0].Severity == SafetySeverity.Urgent;
        HarmFromOtherFlagged |= flag.Risk == SafetyRisk.FromOther;
        SupportResources = [.. SafetyFlags.SelectMany(static f => f.Resources).DistinctBy(static r => r.Id, StringComparer.Ordinal)];
    }

    internal void AddQualityFlag(QualityFlag flag) => QualityFlags = QualityFlags.Add(flag);

    internal void AddWarning(ScoringProblem warning) => Warnings = Warnings.Add(warning);

    /// <summary>Restores flags read from JSON.</summary>
    internal void Restore(ImmutableArray<SafetyFlag> safety, ImmutableArray<QualityFlag> quality, ImmutableArray<ScoringProblem> warnings)
    {
        foreach (var flag in safety)
        {
            AddSafetyFlag(flag);
        }

        QualityFlags = quality;
        Warnings = warnings;
    }
}
