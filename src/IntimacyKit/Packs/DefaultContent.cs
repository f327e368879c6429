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

    private static readonly Lazy<ContentPack> LazyPack = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ContentCatalog> LazyCatalog = new(() => new ContentCatalog(Pack), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The default pack, read and validated on first use.</summary>
    public static ContentPack Pack => LazyPack.Value;

    /// <summary>A catalog over the default pack alone.</summary>
    public static ContentCatalog Catalog => LazyCatalog.Value;

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
}
