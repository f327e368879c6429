using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Newtonsoft.Json.Linq;
using Spectre.Console.Testing;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>score and analyze, in-process, on files in a temporary folder.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Assessment QuickCheck => DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);

    internal static (int Exit, string Output, string Error) Run(string[] args, bool interactive = false)
    {
        var console = new TestConsole().Width(300);
        console.Profile.Capabilities.Interactive = interactive;
        var error = new StringWriter();
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.Catalog);
        var exit = new ConsoleApp(DefaultContent.Catalog, pipeline, console).Run(args, new StringReader(string.Empty), inputRedirected: true, error);
        return (exit, console.Output, error.ToString());
    }

    /// <summary>A quick-check CSV: r1 and r3 fine, r2 has a word for an answer, r4 is out of range, r5 is too short.</summary>
    internal static string QuickCheckCsv(string folder, string name = "answers.csv")
    {
        var items = QuickCheck.Items.Select(i => i.Id).ToList();

        // The safety screen (answered on its own scales) at its lowest; the scored statements as each row says.
        string Row(string id, Func<int, string> value) => string.Join(',', new[] { id }.Concat(items.Select((_, i) => i < QuickCheck.SafetyItemCount && value(i) is "1" or "2" or "3" or "4" or "5" ? Lowest(i) : value(i))));
        var lines = new[]
        {
            string.Join(',', new[] { "id" }.Concat(items)),
            Row("r1", i => (1 + (i % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Row("r2", i => i == 2 ? "often" : "3"),
            Row("r3", i => i % 4 == 0 ? string.Empty : "4"),
            Row("r4", i => i == 0 ? "9" : "2"),
            "r5,1,2",
        };
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static string Lowest(int index)
        => DefaultContent.Catalog.GetResponseScale(QuickCheck, QuickCheck.Items[index]).Min.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Highest(int index)
        => DefaultContent.Catalog.GetResponseScale(QuickCheck, QuickCheck.Items[index]).Max.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Score_Csv_WritesScoredRows_ListsRejectedRowsWithTheirLine_AndSummarises()
    {
        var input = QuickCheckCsv(_folder);
        var output = Path.Combine(_folder, "scores.csv");

        var (exit, stdout, stderr) = Run(["score", "--assessment", "intimacy-quick-check", "--input", input, "--output", output, "--bands"]);

        exit.Should().Be(ExitCodes.Invalid, "some rows were rejected");
        stdout.Should().Contain("5 rows read, 2 scored, 3 rejected; wrote scores.csv.");
        stdout.Should().Contain("1 row left a safety statement unanswered; that is a reason for care, not a pass (marked ':not-answered'").And.Contain("not a diagnosis");
        stdout.Should().Contain("1 row among the rejected had no valid answer to a safety statement; that is a reason for care too: correct and score it again.", "row 5's safety answer is out of range: it is not in the output, so it has no mark there");
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        errors.Should().HaveCount(3);
        errors[0].Should().StartWith("answers.csv:3: column '").And.Contain("'often' is not a whole number");
        errors[1].Should().StartWith("answers.csv:5: ").And.Contain("[1-5]");
        errors[2].Should().Be($"answers.csv:6: 3 columns, but the header has {QuickCheck.Items.Length + 1}.");
        var lines = File.ReadAllLines(output);
        lines[0].Should().StartWith("id," + string.Join(',', QuickCheck.Scales.Select(s => s.Id))).And.Contain(".band");
        lines.Skip(1).Select(l => l.Split(',')[0]).Should().Equal("r1", "r3");
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().BeEquivalentTo(["answers.csv", "scores.csv"], "no temporary file is left");
    }

    [Fact]
    public void Score_FailFast_StopsAtTheFirstBadRow_AndWritesNothing()
    {
        var input = QuickCheckCsv(_folder);
        var output = Path.Combine(_folder, "scores.csv");

        var (exit, _, stderr) = Run(["score", "--assessment", "intimacy-quick-check", "--input", input, "--output", output, "--fail-fast"]);

        exit.Should().Be(ExitCodes.Invalid);
        stderr.Trim().Should().StartWith("error: answers.csv:3: column '").And.EndWith("(--fail-fast: stopped; scores.csv not written)");
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().Equal("answers.csv");
    }

    [Fact]
    public void Score_JsonLinesInAndOut_WithFlags()
    {
        var items = QuickCheck.Items;
        var input = Path.Combine(_folder, "in.jsonl");
        var answers = new JObject(items.Select((item, i) => new JProperty(item.Id, i < QuickCheck.SafetyItemCount ? int.Parse(Lowest(i), System.Globalization.CultureInfo.InvariantCulture) : 4)));
        File.WriteAllText(input, new JObject(new JProperty("id", "p1"), new JProperty("relationship", "sibling"), new JProperty("answers", answers)).ToString(Newtonsoft.Json.Formatting.None) + "\n");
        var output = Path.Combine(_folder, "out.jsonl");

        var (exit, stdout, _) = Run(["score", "--assessment", "intimacy-quick-check", "--input", input, "--output", output, "--flags"]);

        exit.Should().Be(ExitCodes.Success, stdout);
        var row = JObject.Parse(File.ReadAllLines(output).Single());
        row["id"]!.Value<string>().Should().Be("p1");
        row["scores"]!.Children<JProperty>().Select(p => p.Name).Should().Equal(QuickCheck.Scales.Select(s => s.Id).Concat(QuickCheck.Composites.Select(c => c.Id)));
        row["safety"]!.Should().BeEmpty();
    }

    [Fact]
    public void Score_UrgentRows_AreCountedInTheSummary()
    {
        var items = QuickCheck.Items;
        var input = Path.Combine(_folder, "in.csv");
        File.WriteAllText(
            input,
            string.Join(',', items.Select(i => i.Id)) + "\n"
            + string.Join(',', items.Select((_, i) => i < QuickCheck.SafetyItemCount ? Highest(i) : "3")) + "\n"
            + string.Join(',', items.Select((_, i) => i < QuickCheck.SafetyItemCount ? string.Empty : "3")) + "\n");

        var (_, stdout, _) = Run(["score", "--assessment", "intimacy-quick-check", "--input", input, "--output", Path.Combine(_folder, "out.csv"), "--flags"]);

        stdout.Should().Contain("1 row raised an urgent safety flag").And.Contain("1 row left a safety statement unanswered");
        var rows = File.ReadAllLines(Path.Combine(_folder, "out.csv"));
        rows[1].Should().Contain("current-harm").And.Contain("self-harm");
        rows[2].Should().Contain("possible-harm:not-answered", "a skipped safety statement is marked in the safety column");
    }

    [Theory]
    [InlineData("in.xlsx", "out.csv", "in.xlsx: unsupported extension '.xlsx'; use .csv, .jsonl or .ndjson.")]
    [InlineData("in.csv", "out.txt", "out.txt: unsupported extension '.txt'; use .csv, .jsonl or .ndjson.")]
    public void Score_UnsupportedExtension_IsAUsageError(string input, string output, string message)
    {
        var (exit, _, stderr) = Run(["score", "--assessment", "intimacy-quick-check", "--input", Path.Combine(_folder, input), "--output", Path.Combine(_folder, output)]);

        exit.Should().Be(ExitCodes.Usage);
        stderr.Trim().Should().Be("error: " + message);
    }

    [Fact]
    public void Score_MissingInputAndBadHeader_AreOneLineEach()
    {
        var missing = Run(["score", "--assessment", "intimacy-quick-check", "--input", Path.Combine(_folder, "none.csv"), "--output", Path.Combine(_folder, "o.csv")]);
        var header = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(header, "id,not-an-item\nx,1\n");
        var bad = Run(["score", "--assessment", "intimacy-quick-check", "--input", header, "--output", Path.Combine(_folder, "o.csv")]);

        missing.Exit.Should().Be(ExitCodes.Usage);
        missing.Error.Trim().Should().EndWith("none.csv: no such file.");
        bad.Exit.Should().Be(ExitCodes.Invalid);
        bad.Error.Trim().Should().StartWith("error: bad.csv:1: column 'not-an-item' is not an item of 'intimacy-quick-check'; allowed: id, relationship, ");
        File.Exists(Path.Combine(_folder, "o.csv")).Should().BeFalse();
    }

    [Fact]
    public void Score_OnATerminal_ShowsAProgressBar()
    {
        var input = QuickCheckCsv(_folder);

        var (_, stdout, _) = Run(["score", "--assessment", "intimacy-quick-check", "--input", input, "--output", Path.Combine(_folder, "o.csv")], interactive: true);

        stdout.Should().Contain("Scoring answers.csv").And.Contain("100%");
    }

    [Fact]
    public void Analyze_TableAndJson()
    {
        var input = Path.Combine(_folder, "many.csv");
        var items = QuickCheck.Items.Where(i => i.Scale is not null).ToList();
        var random = new Random(3);
        var lines = new List<string> { string.Join(',', items.Select(i => i.Id)) };
        for (var r = 0; r < 200; r++)
        {
            var level = random.Next(1, 6);
            lines.Add(string.Join(',', items.Select(i => Math.Clamp(i.Reverse ? 6 - level + random.Next(-1, 2) : level + random.Next(-1, 2), 1, 5))));
        }

        File.WriteAllLines(input, lines);

        var table = Run(["analyze", "--assessment", "intimacy-quick-check", "--input", input]);
        var json = Run(["analyze", "--assessment", "intimacy-quick-check", "--input", input, "--json"]);

        table.Exit.Should().Be(ExitCodes.Success, table.Error);
        table.Output.Should().Contain("Item analysis of intimacy-quick-check").And.Contain("(200 responses)").And.Contain("r.drop").And.Contain("alpha");
        var parsed = JObject.Parse(json.Output);
        parsed["responses"]!.Value<int>().Should().Be(200);
        parsed["scales"]!.Should().HaveCount(QuickCheck.Scales.Length);
        parsed["scales"]![0]!["total"]!["raw_alpha"]!.Value<double>().Should().BeInRange(0.5, 1);
    }

    [Fact]
    public void Analyze_AnswersOutsideTheScale_AreListedAndLeftOut_WithExitOne()
    {
        var input = Path.Combine(_folder, "outside.csv");
        var items = QuickCheck.Items.Where(i => i.Scale is not null).ToList();
        var lines = new List<string> { string.Join(',', items.Select(i => i.Id)) };
        for (var r = 0; r < 12; r++)
        {
            lines.Add(string.Join(',', items.Select((item, k) => ((r + k) % 5) + 1)));
        }

        lines.Add(string.Join(',', items.Select(_ => 9)));
        File.WriteAllLines(input, lines);

        var table = Run(["analyze", "--assessment", "intimacy-quick-check", "--input", input]);

        table.Exit.Should().Be(ExitCodes.Invalid, "an answer was left out");
        table.Error.Trim().Should().Be($"outside.csv:14: {items[0].Id}: value 9 is outside [1-5] (and {items.Count - 1} more in this row); left out of the analysis.");
        table.Output.Should().Contain("(13 responses)");
    }

    [Theory]
    [InlineData("5")]
    [InlineData("1.5")]
    public void Analyze_MinAlphaAboveAnyAlpha_IsAUsageError(string value)
    {
        var input = QuickCheckCsv(_folder);

        var run = Run(["analyze", "--assessment", "intimacy-quick-check", "--input", input, "--min-alpha", value]);

        run.Exit.Should().Be(ExitCodes.Usage);
        run.Error.Trim().Should().Be($"error: --min-alpha: {value} is above any alpha; give a number no greater than 1, such as 0.7.");
    }
}
