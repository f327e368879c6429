using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>A questionnaire: items answered on one response scale, scored into scales and composites, screened by safety rules.</summary>
public sealed class Assessment
{
    private readonly FrozenDictionary<string, AssessmentItem> _items;
    private readonly FrozenDictionary<string, Scale> _scales;
    private readonly FrozenDictionary<string, ImmutableArray<AssessmentItem>> _itemsByScale;

    /// <summary>Creates an assessment.</summary>
    /// <param name="id">Stable kebab-case id.</param>
    /// <param name="version">Version of the assessment; results of different versions are not compared silently.</param>
    /// <param name="title">Name shown to people.</param>
    /// <param name="instructions">What the person is asked to do, shown before the first item.</param>
    /// <param name="responseScale">Id of the response scale every item is answered on.</param>
    /// <param name="items">Items, in the order they are presented.</param>
    /// <param name="scales">Scored scales.</param>
    /// <param name="composites">Weighted combinations of scales.</param>
    /// <param name="safetyRules">Rules that raise safety flags from raw answers.</param>
    /// <param name="dyadicPairs">Self and other ratings of the same behaviour.</param>
    /// <param name="safetyPreface">
    /// A few calm sentences shown before the safety statements (why they are asked, that the person may stop at any
    /// time, where answers are kept). Required when the assessment has safety rules, whose items come first.
    /// </param>
    public Assessment(
        string id,
        SemanticVersion version,
        string title,
        string instructions,
        string responseScale,
        IEnumerable<AssessmentItem> items,
        IEnumerable<Scale> scales,
        IEnumerable<Composite>? composites = null,
        IEnumerable<SafetyRule>? safetyRules = null,
        IEnumerable<DyadicPair>? dyadicPairs = null,
        string? safetyPreface = null)
    {
        Id = Guard.NotNull(id);
        Version = version;
        Title = Guard.NotNull(title);
        Instructions = Guard.NotNull(instructions);
        ResponseScale = Guard.NotNull(responseScale);
        Items = Immutable.Copy(items);
        Scales = Immutable.Copy(scales);
        Composites = Immutable.CopyOrEmpty(composites);
        SafetyRules = Immutable.CopyOrEmpty(safetyRules);
        DyadicPairs = Immutable.CopyOrEmpty(dyadicPairs);
        SafetyPreface = safetyPreface;
        var safetyItems = SafetyRules.Select(static rule => rule.Item).ToHashSet(StringComparer.Ordinal);
        var leading = 0;
        while (leading < Items.Length && safetyItems.Contains(Items[leading].Id))
        {
            leading++;
        }

        SafetyItemCount = leading;

        // Duplicate ids are reported by the pack validator; the first definition wins in the look-ups.
        _items = FirstById(Items, static item => item.Id);
        _scales = FirstById(Scales, static scale => scale.Id);
        _itemsByScale = Items
            .Where(static item => item.Scale is not null)
            .GroupBy(static item => item.Scale!, StringComparer.Ordinal)
            .ToFrozenDictionary(static group => group.Key, static group => group.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Version of the assessment.</summary>
    public SemanticVersion Version { get; }

    /// <summary>Name shown to people.</summary>
    public string Title { get; }

    /// <summary>What the person is asked to do.</summary>
    public string Instructions { get; }

    /// <summary>Id of the response scale every item is answered on.</summary>
    public string ResponseScale { get; }

    /// <summary>Items, in presentation order.</summary>
    public ImmutableArray<AssessmentItem> Items { get; }

    /// <summary>Scored scales.</summary>
    public ImmutableArray<Scale> Scales { get; }

    /// <summary>Weighted combinations of scales.</summary>
    public ImmutableArray<Composite> Composites { get; }

    /// <summary>Rules that raise safety flags.</summary>
    public ImmutableArray<SafetyRule> SafetyRules { get; }

    /// <summary>Self and other ratings of the same behaviour.</summary>
    public ImmutableArray<DyadicPair> DyadicPairs { get; }

    /// <summary>The words shown before the safety statements, or <see langword="null"/> when the assessment screens nothing.</summary>
    public string? SafetyPreface { get; }

    /// <summary>
    /// How many of the first <see cref="Items"/> are safety statements. They come before every other statement (the pack
    /// validator enforces it), so a person who stops early has still been screened; hosts show <see cref="SafetyPreface"/>
    /// before them.
    /// </summary>
    public int SafetyItemCount { get; }

    /// <summary>Looks up an item by id.</summary>
    /// <param name="id">Item id.</param>
    /// <param name="item">The item, when found.</param>
    /// <returns>Whether the assessment has an item with that id.</returns>
    public bool TryGetItem(string id, [MaybeNullWhen(false)] out AssessmentItem item) => _items.TryGetValue(id, out item);

    /// <summary>Looks up a scale by id.</summary>
    /// <param name="id">Scale id.</param>
    /// <param name="scale">The scale, when found.</param>
    /// <returns>Whether the assessment has a scale with that id.</returns>
    public bool TryGetScale(string id, [MaybeNullWhen(false)] out Scale scale) => _scales.TryGetValue(id, out scale);

    /// <summary>The items that count towards a scale, in presentation order.</summary>
    /// <param name="scaleId">Scale id.</param>
    /// <returns>The items; empty when no item names the scale.</returns>
    public ImmutableArray<AssessmentItem> ItemsOf(string scaleId)
        => _itemsByScale.TryGetValue(scaleId, out var items) ? items : [];

    /// <inheritdoc />
    public override string ToString() => $"{Id}@{Version}";

    private static FrozenDictionary<string, T> FirstById<T>(ImmutableArray<T> values, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(values.Length, StringComparer.Ordinal);
        foreach (var value in values)
        {
            map.TryAdd(id(value), value);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
