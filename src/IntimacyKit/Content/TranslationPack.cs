using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// A whole content pack in another language: every text a person reads (titles, summaries, signs, steps,
/// instructions, statements, labels, bands, support descriptions, relationship phrases and their case forms), keyed as
/// <c>ContentTranslation.Strings</c> keys them, and nothing else. Ids, keys, scales and scoring stay with the
/// source pack, which it names with its version; <c>ContentTranslation.Apply</c> makes the translated pack.
/// How the translation was made travels with it (<see cref="Provenance"/>), and decides whether its results show
/// bands (<see cref="ShowsBands"/>).
/// </summary>
public sealed class TranslationPack
{
    /// <summary>The value of the <c>format</c> member of a translation file.</summary>
    public const string Format = "intimacykit/translation@1";

    /// <summary>Creates a translation.</summary>
    /// <param name="sourceId">The id of the pack it translates.</param>
    /// <param name="sourceVersion">The version of the pack it translates; another version is refused.</param>
    /// <param name="culture">Its BCP 47 language tag, such as <c>de</c> or <c>de-AT</c>.</param>
    /// <param name="provenance">How it was made.</param>
    /// <param name="strings">Every translatable text, by key.</param>
    /// <param name="norms">Norms from its own population, by <c>assessment/scale</c>; shown only when <see cref="TranslationStatus.Validated"/>.</param>
    /// <param name="address">How it speaks to the person (German du or Sie).</param>
    public TranslationPack(
        string sourceId,
        SemanticVersion sourceVersion,
        string culture,
        TranslationProvenance provenance,
        IReadOnlyDictionary<string, string> strings,
        IReadOnlyDictionary<string, Norms>? norms = null,
        FormOfAddress address = FormOfAddress.Unspecified)
    {
        Address = address;
        SourceId = Guard.NotNull(sourceId);
        SourceVersion = sourceVersion;
        Culture = Guard.NotNull(culture);
        Provenance = Guard.NotNull(provenance);
        Strings = Guard.NotNull(strings).ToImmutableDictionary(StringComparer.Ordinal);
        Norms = (norms ?? ImmutableDictionary<string, Norms>.Empty).ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>The id of the pack it translates.</summary>
    public string SourceId { get; }

    /// <summary>The version of the pack it translates.</summary>
    public SemanticVersion SourceVersion { get; }

    /// <summary>Its BCP 47 language tag.</summary>
    public string Culture { get; }

    /// <summary>How it speaks to the person (German du or Sie).</summary>
    public FormOfAddress Address { get; }

    /// <summary>How it was made.</summary>
    public TranslationProvenance Provenance { get; }

    /// <summary>Every translatable text, by key.</summary>
    public ImmutableDictionary<string, string> Strings { get; }

    /// <summary>Norms from its own population, by <c>assessment/scale</c>.</summary>
    public ImmutableDictionary<string, Norms> Norms { get; }

    /// <summary>
    /// Whether results in this language show bands and norms: only for a validated translation that carries norms of
    /// its own. Otherwise results show scores, with a note that bands are not available in this language.
    /// </summary>
    public bool ShowsBands => Provenance.Status == TranslationStatus.Validated && !Norms.IsEmpty;

    /// <inheritdoc />
    public override string ToString() => $"{SourceId}@{SourceVersion} in {Culture} ({Provenance.Status})";
}
