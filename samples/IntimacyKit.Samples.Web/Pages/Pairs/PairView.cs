using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Support;

namespace IntimacyKit.Samples.Web.Pages.Pairs;

/// <summary>One person's view of a pairing: who the other is to them, what they call them, and each comparison.</summary>
public sealed class PairView(Pairing pairing, RelationshipKind kind, string? label, string? theirName, IReadOnlyList<ComparisonView> comparisons)
{
    public Pairing Pairing { get; } = pairing;

    /// <summary>Who the other person is to this person.</summary>
    public RelationshipKind Kind { get; } = kind;

    /// <summary>The name this person gave the other, if any.</summary>
    public string? Label { get; } = label;

    /// <summary>The name the other person gave for themselves, if any.</summary>
    public string? TheirName { get; } = theirName;

    public IReadOnlyList<ComparisonView> Comparisons { get; } = comparisons;

    /// <summary>
    /// How the other person is named to this person: this person's own name for them, else the name they gave, else
    /// "your partner", "your child" and so on.
    /// </summary>
    public string OtherName => NameFor(Kind, Label ?? TheirName);

    /// <summary>Who the other is to this person, in words: "your partner", "your parent"; in German "dein Partner / deine Partnerin".</summary>
    public string Relation => RelationFor(Kind);

    /// <summary>A heading for the pairing: <see cref="OtherName"/> with a capital.</summary>
    public string Heading => Capital(OtherName);

    /// <summary>A name, or "your partner" and so on from the relationship kind (its target, "my partner").</summary>
    public static string NameFor(RelationshipKind kind, string? name)
        => name ?? (kind.Target.StartsWith("my ", StringComparison.Ordinal)
            ? "your " + kind.Target[3..]
            : System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de"
                ? "die andere Person" // the same in the nominative and the accusative, so it fits every German sentence here
                : "the other person");

    /// <summary>
    /// Who the other is to this person, as the subject of a sentence or on its own: "your partner" from the kind's target
    /// ("my partner"); in German, from its target ("mein Partner / meine Partnerin") with "dein" for "mein". Only in this
    /// nominative use: elsewhere German names the other "die andere Person" (see <see cref="NameFor"/>).
    /// </summary>
    public static string RelationFor(RelationshipKind kind)
    {
        var words = kind.Target.Split(' ');
        return System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" && words[0] is "mein" or "meine"
            ? string.Join(' ', words.Select(static w => w is "mein" or "meine" or "meinen" or "meinem" or "meiner" or "meines" ? "d" + w[1..] : w))
            : NameFor(kind, null);
    }

    /// <summary>The text with its first letter a capital, to open a sentence or a heading.</summary>
    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Builds the view for <paramref name="userId"/>, reading the other's answers only for rounds both have finished.</summary>
    public static async Task<PairView> LoadAsync(
        Pairing pairing, string userId, PairingStore store, ContentCatalog catalog, SupportDirectory support, CancellationToken cancellationToken)
    {
        var (kindId, label) = PairingStore.Side(pairing, userId);
        var theirName = PairingStore.OtherShownName(pairing, userId);
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
                revealed is { } both ? ReportView.Create(both.Mine, both.Theirs, assessment, catalog, support, NameFor(kind, label ?? theirName)) : null));
        }

        return new PairView(pairing, kind, label, theirName, comparisons);
    }
}
