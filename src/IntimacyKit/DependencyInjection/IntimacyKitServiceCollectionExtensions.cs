using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Psychometrics;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;
using IntimacyKit.Support;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers IntimacyKit in a service collection.</summary>
public static class IntimacyKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ContentCatalog"/> over the default pack (<see cref="DefaultContent"/>) and any
    /// packs added through the builder, the <see cref="DefaultRecommender"/> as <see cref="IRecommender"/> (unless one is
    /// already registered), and a singleton <see cref="ScoringPipeline"/> with every built-in stage whose recommend stage
    /// uses that recommender, and an empty <see cref="SupportDirectory"/> (kinds of help only) until the host adds its own
    /// contacts with <see cref="AddSupportDirectory(IIntimacyKitBuilder, SupportDirectory)"/>. Calling it more than once is
    /// harmless: registrations are not duplicated.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds packs or leaves out the default one.</param>
    /// <returns>A builder for further configuration.</returns>
    public static IIntimacyKitBuilder AddIntimacyKit(this IServiceCollection services, Action<IIntimacyKitBuilder>? configure = null)
    {
        Guard.NotNull(services);
        // The catalog is made once, in a holder of its own, so that a host may replace ContentCatalog and ScoringPipeline with
        // per-request ones in a person's culture (LocalizedContent.Catalog(culture)) while LocalizedContent keeps the source.
        services.TryAddSingleton(static provider => new CatalogSource(CreateCatalog(provider)));
        services.TryAddSingleton(static provider => provider.GetRequiredService<CatalogSource>().Catalog);
        services.TryAddSingleton<IRecommender, DefaultRecommender>();
        services.TryAddSingleton(SupportDirectory.Empty);
        services.TryAddSingleton(static provider => CreatePipeline(provider, provider.GetServices<PipelineConfiguration>().Select(static c => c.Configure)));
        services.TryAddSingleton(static provider => new LocalizedContent(
            provider.GetRequiredService<CatalogSource>().Catalog,
            catalog => CreatePipeline(provider, provider.GetServices<PipelineConfiguration>().Select(static c => c.Configure), catalog)));
        var builder = new IntimacyKitBuilder(services);
        configure?.Invoke(builder);
        return builder;
    }

    /// <summary>Adds a content pack to the catalog, after the default pack and the packs added before it.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="pack">A validated pack.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder AddContentPack(this IIntimacyKitBuilder builder, ContentPack pack)
    {
        Guard.NotNull(builder);
        Guard.NotNull(pack);
        builder.Services.AddSingleton(new ContentPackRegistration(_ => pack));
        return builder;
    }

    /// <summary>Adds a content pack created when the catalog is first resolved, for example read from a file or a database.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="factory">Creates the pack.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder AddContentPack(this IIntimacyKitBuilder builder, Func<IServiceProvider, ContentPack> factory)
    {
        Guard.NotNull(builder);
        Guard.NotNull(factory);
        builder.Services.AddSingleton(new ContentPackRegistration(factory));
        return builder;
    }

    /// <summary>Customises the default <see cref="ScoringPipeline"/>: insert, replace or remove stages after the built-in ones are added.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes to the pipeline builder.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder ConfigurePipeline(this IIntimacyKitBuilder builder, Action<ScoringPipelineBuilder> configure)
    {
        Guard.NotNull(builder);
        builder.Services.AddSingleton(new PipelineConfiguration(Guard.NotNull(configure)));
        return builder;
    }

    /// <summary>
    /// Registers another pipeline as a keyed singleton (resolve it with <c>GetRequiredKeyedService&lt;ScoringPipeline&gt;(key)</c>),
    /// for a different configuration such as lenient validation. It starts from every built-in stage, then applies
    /// <paramref name="configure"/>. A key registered twice keeps its first configuration.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="key">The service key.</param>
    /// <param name="configure">Changes to the pipeline builder.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder AddPipeline(this IIntimacyKitBuilder builder, string key, Action<ScoringPipelineBuilder> configure)
    {
        Guard.NotNull(builder);
        Guard.NotBlank(key);
        Guard.NotNull(configure);
        builder.Services.TryAddKeyedSingleton(
            key, (provider, _) => CreatePipeline(provider, [configure], provider.GetRequiredService<CatalogSource>().Catalog));
        return builder;
    }

    /// <summary>
    /// Registers the host's real support contacts for its region (emergency number, crisis line, domestic-abuse service,
    /// ...), replacing the empty directory: hosts show them under each support resource of a flagged result.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="directory">The contacts, for example read with <see cref="SupportDirectoryReader"/>.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder AddSupportDirectory(this IIntimacyKitBuilder builder, SupportDirectory directory)
    {
        Guard.NotNull(builder);
        Guard.NotNull(directory);
        builder.Services.Replace(ServiceDescriptor.Singleton(directory));
        return builder;
    }

    /// <summary>Leaves the default pack out of the catalog, so that only added packs are used.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder WithoutDefaultContent(this IIntimacyKitBuilder builder)
    {
        Guard.NotNull(builder);
        builder.Services.TryAddSingleton<DefaultContentExcluded>();
        return builder;
    }

    /// <summary>
    /// Adds translations of the catalog's packs: the catalog can then give each pack in the translation that best fits a
    /// culture (<see cref="ContentCatalog.ForCulture"/>), and <see cref="LocalizedContent"/> gives a pipeline per culture.
    /// Every translation is checked and applied when the catalog is first resolved.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="translations">The translations.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder AddTranslations(this IIntimacyKitBuilder builder, params TranslationPack[] translations)
    {
        Guard.NotNull(builder);
        var copy = Guard.NotNull(translations).ToArray();
        builder.Services.AddSingleton(new TranslationRegistration(_ => copy));
        return builder;
    }

    /// <summary>Adds translations made when the catalog is first resolved (read from files, say).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="factory">Makes the translations.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder AddTranslations(this IIntimacyKitBuilder builder, Func<IServiceProvider, IEnumerable<TranslationPack>> factory)
    {
        Guard.NotNull(builder);
        builder.Services.AddSingleton(new TranslationRegistration(Guard.NotNull(factory)));
        return builder;
    }

    /// <summary>Adds the translations of the default pack that ship with IntimacyKit (<see cref="DefaultContent.Translations"/>: German, a draft).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder AddDefaultTranslations(this IIntimacyKitBuilder builder)
        => builder.AddTranslations(static provider => provider.GetService<DefaultContentExcluded>() is null ? DefaultContent.Translations : []);

    /// <summary>
    /// Adds norms (built with <see cref="NormsBuilder"/>, read with <see cref="NormsPatch.Read"/>) to the pack that defines
    /// their assessment, when the catalog is first resolved: scores then carry z and progress reports judge reliable
    /// change. The pack must define the assessment in the version the norms were built on; a pack or version that does
    /// not fit is reported (<see cref="InvalidOperationException"/>, <see cref="ContentValidationException"/>) when the
    /// catalog is first resolved. Norms added later for the same scales replace earlier ones. Translations keep their
    /// own norms (only a validated translation shows any), so these norms apply to the source language.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="norms">The norms.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder AddNorms(this IIntimacyKitBuilder builder, NormsPatch norms)
    {
        Guard.NotNull(builder);
        Guard.NotNull(norms);
        builder.Services.AddSingleton(new NormsRegistration(norms));
        return builder;
    }

    private static ContentCatalog CreateCatalog(IServiceProvider services)
    {
        var packs = new List<ContentPack>();
        if (services.GetService<DefaultContentExcluded>() is null)
        {
            packs.Add(DefaultContent.Pack);
        }

        foreach (var registration in services.GetServices<ContentPackRegistration>())
        {
            var pack = registration.Create(services)
                ?? throw new InvalidOperationException("A content pack factory registered with AddContentPack returned null.");
            if (!packs.Contains(pack))
            {
                packs.Add(pack);
            }
        }

        foreach (var norms in services.GetServices<NormsRegistration>().Select(static r => r.Norms))
        {
            // The pack that defines the assessment in the version the norms were built on (else the first that defines it, whose
            // version ApplyTo then reports).
            var index = packs.FindIndex(p => p.Assessments.Any(a => a.Id == norms.AssessmentId && a.Version == norms.AssessmentVersion));
            index = index >= 0 ? index : packs.FindIndex(p => p.Assessments.Any(a => a.Id == norms.AssessmentId));
            if (index < 0)
            {
                throw new InvalidOperationException(
                    $"Norms for assessment '{norms.AssessmentId}' were added with AddNorms, but no pack in the catalog defines it.");
            }

            packs[index] = norms.ApplyTo(packs[index]);
        }

        var translations = services.GetServices<TranslationRegistration>().SelectMany(r => r.Create(services)).ToList();
        return packs.Count > 0
            ? translations.Count == 0 ? new ContentCatalog(packs) : new ContentCatalog(packs).WithTranslations(translations)
            : throw new InvalidOperationException("IntimacyKit has no content: WithoutDefaultContent() was called and no pack was added with "
                + "AddContentPack(...).");
    }

    private static ScoringPipeline CreatePipeline(
        IServiceProvider services, IEnumerable<Action<ScoringPipelineBuilder>> configure, ContentCatalog? catalog = null)
    {
        var builder = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddRecommendations(new RecommendStageOptions { Recommender = services.GetService<IRecommender>() });
        foreach (var action in configure)
        {
            action(builder);
        }

        return builder.Build(catalog ?? services.GetRequiredService<ContentCatalog>());
    }

    private sealed class IntimacyKitBuilder(IServiceCollection services) : IIntimacyKitBuilder
    {
        public IServiceCollection Services { get; } = services;
    }

    private sealed class ContentPackRegistration(Func<IServiceProvider, ContentPack> create)
    {
        public Func<IServiceProvider, ContentPack> Create { get; } = create;
    }

    private sealed class DefaultContentExcluded;

    private sealed class CatalogSource(ContentCatalog catalog)
    {
        public ContentCatalog Catalog { get; } = catalog;
    }

    private sealed class TranslationRegistration(Func<IServiceProvider, IEnumerable<TranslationPack>> create)
    {
        public Func<IServiceProvider, IEnumerable<TranslationPack>> Create { get; } = create;
    }

    private sealed class NormsRegistration(NormsPatch norms)
    {
        public NormsPatch Norms { get; } = norms;
    }

    private sealed class PipelineConfiguration(Action<ScoringPipelineBuilder> configure)
    {
        public Action<ScoringPipelineBuilder> Configure { get; } = configure;
    }
}
