namespace IntimacyKit.Tests.Support;

/// <summary>Finds files of the repository from the test output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Every content pack JSON file committed to the repository (test packs and shipped packs).</summary>
    public static IReadOnlyList<string> PackFiles() =>
        new[] { PathOf("src"), PathOf("tests"), PathOf("samples") }
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.json", SearchOption.AllDirectories))
            .Where(file => Path.GetDirectoryName(file)!.EndsWith($"{Path.DirectorySeparatorChar}Packs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(static file => !File.ReadAllText(file).Contains("\"intimacykit/translation@1\"", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntimacyKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No IntimacyKit.sln above {AppContext.BaseDirectory}.");
    }
}
