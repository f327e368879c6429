using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.House;

/// <summary>Build settings in one place: every package imports eng/Library.props and copies none of what it sets.</summary>
public class BuildSettingsTests
{
    private static readonly string[] Shared =
    [
        "<IsPackable>", "<IncludeSymbols>", "<SymbolPackageFormat>", "<PublishRepositoryUrl>", "<EmbedUntrackedSources>", "<GenerateDocumentationFile>",
        "PublicApiAnalyzers", "<VersionPrefix>", "<Version>", "<PackageIcon>", "<PackageReadmeFile>", "<EnablePackageValidation>", "<ChecksumAlgorithm>",
        "<EmbedAllSources>", "MinVer", "Meziantou", "BannedApiAnalyzers",
    ];

    public static TheoryData<string> Libraries()
        => [.. Directory.EnumerateFiles(Repository.PathOf("src"), "*.csproj", SearchOption.AllDirectories).Select(static f => Path.GetRelativePath(Repository.Root, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void EachPackage_ImportsTheSharedSettings_AndRepeatsNoneOfThem(string project)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, project));

        text.Should().Contain("<Import Project=\"../../eng/Library.props\" />");
        Shared.Where(setting => text.Contains(setting, StringComparison.Ordinal)).Should().BeEmpty($"{project} takes these from eng/Library.props");
    }
}
