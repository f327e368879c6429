using IntimacyKit.Serialization;

namespace IntimacyKit.Content;

/// <summary>
/// The default content pack, <c>intimacy-core</c> (culture <c>en</c>), embedded in the package: every obstacle of the
/// source article, three chained exercises for each, and the <c>intimacy-profile</c>, <c>intimacy-quick-check</c> and
/// <c>listening-check</c> assessments. It is read and validated once, on first use, and shared.
/// </summary>
public static class DefaultContent
{
    /// <summary>The id of the default pack.</summary>
    public const string PackId = "intimacy-core";

    /// <summary>The id of the full profile assessment.</summary>
    public const string ProfileAssessmentId = "intimacy-profile";

    /// <summary>The id of the two-minute quick check.</summary>
    public const string QuickCheckAssessmentId = "intimacy-quick-check";

    /// <summary>The id of the dyadic listening assessment.</summary>
    public const string ListeningCheckAssessmentId = "listening-check";

    private const string ResourceName = "IntimacyKit.Packs.intimacy-core.json";

    /// <summary>The culture of the German translation of the default pack.</summary>
    public const string GermanCulture = "de";

    private const string GermanResourceName = "IntimacyKit.Packs.intimacy-core.de.json";

    private static readonly Lazy<System.Collections.Immutable.ImmutableArray<TranslationPack>> LazyTranslations = new(
        static () => [LoadTranslation(GermanResourceName)],
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<ContentCatalog> LazyTranslatedCatalog = new(
        static () => Catalog.WithTranslations(Translations),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<ContentPack> LazyPack = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ContentCatalog> LazyCatalog = new(() => new ContentCatalog(Pack), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The default pack, read and validated on first use.</summary>
    public static ContentPack Pack => LazyPack.Value;

    /// <summary>A catalog over the default pack alone.</summary>
    public static ContentCatalog Catalog => LazyCatalog.Value;

    /// <summary>
    /// The translations of the default pack that ship with IntimacyKit: German (<c>de</c>, a draft; see its provenance).
    /// Read on first use.
    /// </summary>
    public static System.Collections.Immutable.ImmutableArray<TranslationPack> Translations => LazyTranslations.Value;

    /// <summary>The default catalog with its translations to choose from: <c>DefaultContent.TranslatedCatalog.ForCulture("de")</c>.</summary>
    public static ContentCatalog TranslatedCatalog => LazyTranslatedCatalog.Value;

    /// <summary>Opens the embedded JSON of the default pack, for hosts that want to copy or inspect it.</summary>
    /// <returns>A read-only stream; the caller disposes it.</returns>
    public static Stream OpenJson()
        => typeof(DefaultContent).Assembly.GetManifestResourceStream(ResourceName)
           ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(DefaultContent).Assembly.GetName().Name}.");

    private static ContentPack Load()
    {
        using var stream = OpenJson();
        return ContentPackReader.Default.Load(stream, ResourceName);
    }

    private static TranslationPack LoadTranslation(string name)
    {
        using var stream = typeof(DefaultContent).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {typeof(DefaultContent).Assembly.GetName().Name}.");
        return TranslationPackReader.Read(stream, name).GetTranslationOrThrow();
    }
}
