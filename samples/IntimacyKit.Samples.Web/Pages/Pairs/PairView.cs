using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;
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
        var kind = catalog.TryGetRelationshipKind(kindId, out var found)
            ? found
            : new RelationshipKind(kindId, kindId, "the other person", "the other person's");
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
