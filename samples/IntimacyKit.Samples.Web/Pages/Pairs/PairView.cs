using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Samples.Web.Charts;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Scoring;
using IntimacyKit.Support;

namespace IntimacyKit.Samples.Web.Pages.Pairs;

/// <summary>One person's view of a pairing: who the other is to them, what they call them, and each comparison.</summary>
public sealed class PairView(Pairing pairing, RelationshipKind kind, string? label, IReadOnlyList<ComparisonView> comparisons)
{
    public Pairing Pairing { get; } = pairing;

    /// <summary>Who the other person is to this person.</summary>
    public RelationshipKind Kind { get; } = kind;

    /// <summary>The name this person gave the other, if any.</summary>
    public string? Label { get; } = label;

    public IReadOnlyList<ComparisonView> Comparisons { get; } = comparisons;

    /// <summary>How the other person is named to this person: their own name for them, else "your partner" and so on.</summary>
    public string OtherName => NameFor(Kind, Label);

    /// <summary>A heading for the pairing: the name given, else the relationship's title.</summary>
    public string Heading => Label ?? Kind.Title;

    public static string NameFor(RelationshipKind kind, string? label)
        => label ?? (kind.Target.StartsWith("my ", StringComparison.Ordinal) ? "your " + kind.Target[3..] : "the other person");

    /// <summary>Builds the view for <paramref name="userId"/>, reading the other's answers only for rounds both have finished.</summary>
    public static async Task<PairView> LoadAsync(
        Pairing pairing, string userId, PairingStore store, ContentCatalog catalog, SupportDirectory support, CancellationToken cancellationToken)
    {
        var (kindId, label) = PairingStore.Side(pairing, userId);
        var kind = catalog.TryGetRelationshipKind(kindId, out var found) ? found : new RelationshipKind(kindId, kindId, "the other person", "the other person's");
        var comparisons = new List<ComparisonView>();
        foreach (var assessment in store.Comparable)
        {
            var comparison = await store.CompareAsync(pairing, userId, assessment.Id, cancellationToken);
            var revealed = await store.RevealedAsync(pairing, userId, assessment.Id, cancellationToken);
            comparisons.Add(new ComparisonView(
                assessment,
                comparison,
                revealed is { } both ? ReportView.Create(both.Mine, both.Theirs, assessment, catalog, support, NameFor(kind, label)) : null));
        }

        return new PairView(pairing, kind, label, comparisons);
    }
}

/// <summary>One comparison in a pairing: where it stands, and the report once both have finished a round.</summary>
public sealed record ComparisonView(Assessment Assessment, Comparison State, ReportView? Report);

/// <summary>
/// The dyadic report as this person sees it ("you" and the other), with its chart; or, when the two answered different
/// versions of the assessment, the reason it cannot be compared.
/// </summary>
public sealed class ReportView(DyadicReport? report, string? problem, string chartSvg, SupportDirectory support)
{
    public DyadicReport? Report { get; } = report;

    public string? Problem { get; } = problem;

    public string ChartSvg { get; } = chartSvg;

    public SupportDirectory Support { get; } = support;

    public static ReportView Create(
        AssessmentResult mine, AssessmentResult theirs, Assessment assessment, ContentCatalog catalog, SupportDirectory support, string otherName)
    {
        if (mine.AssessmentVersion != theirs.AssessmentVersion)
        {
            return new ReportView(
                null,
                "You answered different versions of this check, so the answers cannot be set side by side. Compare again to see them.",
                string.Empty,
                support);
        }

        var report = DyadicReport.Create(mine, theirs, assessment.DyadicPairs, "you", otherName);
        var scale = catalog.GetResponseScale(assessment.ResponseScale);
        return new ReportView(report, null, ScoreChart.Pair(report, otherName, scale.Min, scale.Max, $"pair-{assessment.Id}"), support);
    }
}
