using System.Text.RegularExpressions;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Docs;

/// <summary>
/// Code in README.md, docs/*.md and the packages' README.md files marked <c>&lt;!-- snippet: name --&gt;</c> must equal the code between
/// <c>// snippet: name</c> and <c>// end snippet</c> in a test file, so documentation only shows code that builds and runs.
/// </summary>
public partial class DocsSnippetTests
{
    public static TheoryData<string> MarkdownFiles()
        => [.. new[] { Repository.PathOf("README.md") }
            .Concat(Directory.EnumerateFiles(Repository.PathOf("docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Repository.PathOf("src"), "README.md", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(Repository.Root, file))];

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Snippets_InMarkdown_MatchTestedCode(string relativePath)
    {
        var markdown = File.ReadAllText(Path.Combine(Repository.Root, relativePath)).ReplaceLineEndings("\n");
        var sources = SourceSnippets();

        foreach (Match match in MarkdownSnippet().Matches(markdown))
        {
            var name = match.Groups["name"].Value;
            sources.Should().ContainKey(name, $"{relativePath} shows snippet '{name}', which no test contains");
            Normalise(match.Groups["code"].Value).Should().Be(sources[name], $"{relativePath} snippet '{name}' should match the tested code");
        }
    }

    [Theory]
    [InlineData("src/IntimacyKit/README.md")]
    [InlineData("src/IntimacyKit.Batch/README.md")]
    [InlineData("src/IntimacyKit.Calendar/README.md")]
    [InlineData("src/IntimacyKit.Fhir/README.md")]
    public void EachPackageReadme_ShowsCodeTheConsumerTestsRunAgainstThePackage(string readme)
    {
        MarkdownSnippet().Matches(File.ReadAllText(Repository.PathOf(readme))).Should().NotBeEmpty($"{readme} shows tested code");
    }

    [Fact]
    public void Snippets_Readme_ShowsAtLeastOneTestedSnippet()
    {
        MarkdownSnippet().Matches(File.ReadAllText(Repository.PathOf("README.md"))).Should().NotBeEmpty();
    }

    private static Dictionary<string, string> SourceSnippets()
    {
        var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("tests"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match match in SourceSnippet().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                snippets[match.Groups["name"].Value] = Normalise(match.Groups["code"].Value);
            }
        }

        return snippets;
    }

    private static string Normalise(string code)
    {
        var lines = code.Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToList();
        var indent = lines.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l));
    }

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z0-9-]+) -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkdownSnippet();

    [GeneratedRegex(@"// snippet: (?<name>[a-z0-9-]+)\n(?<code>.*?)\n\s*// end snippet", RegexOptions.Singleline)]
    private static partial Regex SourceSnippet();
}
