using System.Collections.Concurrent;
using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>
/// The catalog and a scoring pipeline for each culture a host offers, made once per culture from the host's own
/// pipeline configuration: what dependency injection gives for translated content
/// (<c>services.AddIntimacyKit().AddDefaultTranslations()</c>). A culture is resolved by BCP 47 truncation, per pack
/// (<see cref="ContentCatalog.ForCulture"/>); results record the culture the person answered in
/// (<see cref="AssessmentResult.Culture"/>).
/// </summary>
public sealed class LocalizedContent
{
    private readonly ContentCatalog _catalog;
    private readonly Func<ContentCatalog, ScoringPipeline> _build;
    private readonly ConcurrentDictionary<ContentCatalog, ScoringPipeline> _pipelines = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates the content for every culture of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">A catalog with its translations (<c>ContentTranslation.WithTranslations</c>).</param>
    /// <param name="buildPipeline">Builds the pipeline for one culture's catalog.</param>
    public LocalizedContent(ContentCatalog catalog, Func<ContentCatalog, ScoringPipeline> buildPipeline)
    {
        _catalog = Guard.NotNull(catalog);
        _build = Guard.NotNull(buildPipeline);
    }

    /// <summary>Every culture content is available in: the source packs' first, then their translations'.</summary>
    public ImmutableArray<string> Cultures => _catalog.Cultures;

    /// <summary>The catalog in <paramref name="culture"/> (see <see cref="ContentCatalog.ForCulture"/>).</summary>
    /// <param name="culture">A BCP 47 language tag, such as <c>de-AT</c>.</param>
    /// <returns>The catalog.</returns>
    public ContentCatalog Catalog(string culture) => _catalog.ForCulture(culture);

    /// <summary>The pipeline that scores responses in <paramref name="culture"/>, with its titles, texts and notes in that language.</summary>
    /// <param name="culture">A BCP 47 language tag, such as <c>de-AT</c>.</param>
    /// <returns>The pipeline, made once per resolved catalog.</returns>
    public ScoringPipeline Pipeline(string culture) => _pipelines.GetOrAdd(Catalog(culture), _build);
}
