using IntimacyKit.Content;
using IntimacyKit.Serialization;
using IntimacyKit.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Tests.Docs;

/// <summary>The code shown in README.md, run for real; <see cref="DocsSnippetTests"/> keeps the two identical.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_DefaultPackFile_PrintsTheQuickCheckForASibling()
    {
        var path = Repository.PathOf("src", "IntimacyKit", "Packs", "intimacy-core.json");
        using var output = new StringWriter();

        // snippet: readme-load-pack
        var result = ContentPackReader.Default.ReadFile(path);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                output.WriteLine(problem); // file:line:column: $.json.path: what is wrong and what is allowed
            }

            return;
        }

        var catalog = new ContentCatalog(result.Pack);
        var quickCheck = catalog.GetAssessment("intimacy-quick-check");
        foreach (var item in quickCheck.Items)
        {
            output.WriteLine(catalog.RenderItemText(item, "sibling"));
        }
        // end snippet

        output.ToString().Should().StartWith("I feel afraid of my sibling.\nIn the past year, my sibling has hurt me physically.\n", "the safety statements come first");
    }

    [Fact]
    public void ReadmeExample_DependencyInjection_GivesTheDefaultContent()
    {
        // snippet: readme-di
        var services = new ServiceCollection().AddIntimacyKit().Services;
        using var provider = services.BuildServiceProvider();
        var catalog = provider.GetRequiredService<ContentCatalog>();
        var quickCheck = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var firstItem = catalog.RenderItemText(quickCheck.Items[0], "friendship");
        // end snippet

        firstItem.Should().Be("I feel afraid of my friend.", "the safety screen comes first");
    }

    [Fact]
    public void ReadmeExample_BrokenPack_PrintsLocatedProblems()
    {
        var json = TestPacks.ReplaceOnce(TestPacks.Json, "\"minutes\": 10,", "\"minutes\": 0,");

        // snippet: readme-problems
        var result = ContentPackReader.Default.ReadJson(json, "my-pack.json");
        var report = string.Join("\n", result.Problems);
        // end snippet

        report.Should().Be($"my-pack.json:{TestPacks.LineOf(json, "\"minutes\": 0")}:18: $.exercises[0].minutes: Exercise 'mask-notes' takes 0 minutes; value should be in range [1-240].");
    }

    [Fact]
    public void Readme_RendersEveryTable_AndNamesOnlyNamespacesThatExist()
    {
        var markdown = File.ReadAllText(Repository.PathOf("README.md"));
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var document = Markdig.Markdown.Parse(markdown, pipeline);

        // A table row that is not inside a table (after a blank line, say) renders as a paragraph of pipes.
        var strayRows = document.Descendants<Markdig.Syntax.ParagraphBlock>()
            .Where(p => p.Inline is not null && markdown.Substring(p.Span.Start, p.Span.Length).TrimStart().StartsWith('|'))
            .Select(p => p.Line + 1)
            .ToList();
        strayRows.Should().BeEmpty("every table row of README.md belongs to a table that renders");
        document.Descendants<Markdig.Extensions.Tables.Table>().Should().NotBeEmpty();
        var rowLines = markdown.Split('\n').Count(l => l.StartsWith('|'));
        document.Descendants<Markdig.Extensions.Tables.TableRow>().Count().Should().Be(rowLines - document.Descendants<Markdig.Extensions.Tables.Table>().Count(), "every row, less each table's separator line, is rendered as a row");

        var known = new[] { typeof(ContentPack), typeof(ServiceCollection), typeof(ServiceCollectionContainerBuilderExtensions) }
            .Select(t => t.Assembly).Append(typeof(IntimacyKitServiceCollectionExtensions).Assembly)
            .SelectMany(a => a.GetExportedTypes()).Select(t => t.Namespace).ToHashSet();
        var usings = System.Text.RegularExpressions.Regex.Matches(markdown, @"^using ([\w.]+);", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        usings.Should().NotBeEmpty("every C# snippet says which namespaces it needs");
        usings.Should().OnlyContain(u => known.Contains(u), "README names only namespaces that exist");
    }
}
