using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace IntimacyKit.Content;

/// <summary>A catalog's source packs and the packs their translations made, with each culture's catalog made once.</summary>
internal sealed class Translations(ImmutableArray<ContentPack> sources, ImmutableArray<ContentPack> translated)
{
    private readonly ConcurrentDictionary<string, ContentCatalog> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    public static Translations None { get; } = new([], []);

    public ImmutableArray<ContentPack> Sources { get; } = sources;

    public ImmutableArray<ContentPack> Translated { get; } = translated;

    /// <summary>The catalog for a lookup chain: each source pack, or its translation in the first culture of the chain that has one.</summary>
    public ContentCatalog For(ImmutableArray<string> chain, ContentCatalog current)
    {
        if (Sources.IsEmpty)
        {
            return current;
        }

        var packs = Sources.Select(source => chain
            .Select(culture => CultureName.AreSame(culture, source.Culture)
                ? source
                : Translated.FirstOrDefault(t => t.Id == source.Id && CultureName.AreSame(t.Culture, culture)))
            .FirstOrDefault(static p => p is not null) ?? source).ToList();

        // One catalog per set of packs chosen: de-AT and de that both fall back to de share it (and so its pipeline).
        return _byCulture.GetOrAdd(string.Join('|', packs.Select(static p => p.Culture)), _ => ContentCatalog.Sharing(packs, this));
    }
}
