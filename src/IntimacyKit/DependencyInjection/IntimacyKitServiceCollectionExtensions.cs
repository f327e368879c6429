using IntimacyKit.Content;
using IntimacyKit.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers IntimacyKit in a service collection.</summary>
public static class IntimacyKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ContentCatalog"/> over the default pack (<see cref="DefaultContent"/>) and any
    /// packs added through the builder. Calling it more than once is harmless: registrations are not duplicated.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds packs or leaves out the default one.</param>
    /// <returns>A builder for further configuration.</returns>
    public static IIntimacyKitBuilder AddIntimacyKit(this IServiceCollection services, Action<IIntimacyKitBuilder>? configure = null)
    {
        Guard.NotNull(services);
        services.TryAddSingleton(CreateCatalog);
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

    /// <summary>Leaves the default pack out of the catalog, so that only added packs are used.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IIntimacyKitBuilder WithoutDefaultContent(this IIntimacyKitBuilder builder)
    {
        Guard.NotNull(builder);
        builder.Services.TryAddSingleton<DefaultContentExcluded>();
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

        return packs.Count > 0
            ? new ContentCatalog(packs)
            : throw new InvalidOperationException("IntimacyKit has no content: WithoutDefaultContent() was called and no pack was added with AddContentPack(...).");
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
}
