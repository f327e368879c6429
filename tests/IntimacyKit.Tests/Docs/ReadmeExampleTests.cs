using IntimacyKit.Content;
using IntimacyKit.Serialization;
using IntimacyKit.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Tests.Docs;

/// <summary>The code shown in README.md, run for real; <see cref="DocsSnippetTests"/> keeps the two identical.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_TestPack_PrintsItemsForASibling()
    {
        var path = TestPacks.TestPackPath;
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
        var profile = catalog.GetAssessment("mini-profile");
        foreach (var item in profile.Items)
        {
            output.WriteLine(catalog.RenderItemText(item, "sibling"));
        }
        // end snippet

        output.ToString().Should().StartWith("I feel afraid of your sibling.\nWith your sibling I play a part.\nYour sibling sees the real me.\n", "the safety statement comes first");
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
}
