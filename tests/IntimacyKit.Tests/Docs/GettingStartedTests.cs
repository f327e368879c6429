using System.Text.RegularExpressions;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Docs;

/// <summary>
/// docs/getting-started.md shows tests/consumer/GettingStarted/Program.cs, which the consumer tests run against the
/// packed packages (eng/consumer.sh): the page and the file stay the same, and the file stays under 30 lines.
/// </summary>
public partial class GettingStartedTests
{
    [Fact]
    public void ThePage_ShowsTheProgramTheConsumerTestsRun()
    {
        var page = File.ReadAllText(Repository.PathOf("docs/getting-started.md"));
        var program = File.ReadAllText(Repository.PathOf("tests/consumer/GettingStarted/Program.cs"));

        var shown = Block().Match(page);
        shown.Success.Should().BeTrue("the page marks the block it takes from the file");
        shown.Groups["code"].Value.Should().Be(program.ReplaceLineEndings("\n"));
        program.Split('\n', StringSplitOptions.None).Length.Should().BeLessThanOrEqualTo(30, "under 30 lines, as the page says");
    }

    [GeneratedRegex("<!-- getting-started: tests/consumer/GettingStarted/Program.cs -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
