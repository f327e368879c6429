// Reading a child process's two pipes needs one of them read asynchronously; the waits are on pipe reads, not on xUnit's context.
#pragma warning disable xUnit1031

using System.Diagnostics;
using System.Runtime.InteropServices;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>Every command run as a real process (the built program) on files in a temporary folder.</summary>
public sealed partial class ProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-process-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Program => TheProgram.Path;

    private (int Exit, string Output, string Error) Run(string stdin, params string[] args) => TheProgram.Run(_folder, stdin, args);

    private string ProfileAnswers(string name, int level)
    {
        var profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var answers = new JObject(profile.Items.Select(i => new JProperty(i.Id, i.Scale is null ? DefaultContent.Catalog.GetResponseScale(profile, i).Min : i.Reverse ? 6 - level : level)));
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, answers.ToString());
        return path;
    }

    [Fact]
    public void Take_FromStandardInput_AndFromAFileAsJson()
    {
        var text = Run("q-persona-mask,5\nq-weak-self,5\nq-work-persona,4\nsafety-afraid,5\n", "take");
        var json = Run(string.Empty, "take", "--assessment", "intimacy-profile", "--answers", ProfileAnswers("answers.json", 4), "--json");

        text.Exit.Should().Be(ExitCodes.Success, text.Error);
        text.Output.Should().Contain("Support first").And.Contain("not a diagnosis");
        text.Output.IndexOf("Support first", StringComparison.Ordinal).Should().BeLessThan(text.Output.IndexOf("Intimacy quick check", StringComparison.Ordinal));
        json.Exit.Should().Be(ExitCodes.Success, json.Error);
        AssessmentResultSerializer.Read(json.Output).GetScore("shame").Value.Should().Be(4);
    }

    [Fact]
    public void Take_Mistakes_AreOneLineOnStandardError()
    {
        var unknown = Run(string.Empty, "take", "--assessment", "nope");
        var range = Run("q-shame,9\n", "take");

        unknown.Exit.Should().Be(ExitCodes.Usage);
        unknown.Error.Trim().Should().Be("error: --assessment: no assessment 'nope'. Known: intimacy-profile, intimacy-quick-check, listening-check.");
        unknown.Output.Should().BeEmpty();
        range.Exit.Should().Be(ExitCodes.Invalid);
        range.Error.Trim().Should().Be("error: q-shame: Value 9 is outside response scale 'agree-5'; value should be in range [1-5].");
    }

    [Fact]
    public void Score_AndAnalyze()
    {
        var input = BatchCommandTests.QuickCheckCsv(_folder);

        var score = Run(string.Empty, "score", "--assessment", "intimacy-quick-check", "--input", input, "--output", "scores.csv");
        var analyze = Run(string.Empty, "analyze", "--assessment", "intimacy-quick-check", "--input", input, "--json");

        score.Exit.Should().Be(ExitCodes.Invalid);
        score.Output.Should().StartWith("5 rows read, 2 scored, 3 rejected; wrote scores.csv.");
        score.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]).Should().Equal("answers.csv:3:", "answers.csv:5:", "answers.csv:6:");
        File.ReadAllLines(Path.Combine(_folder, "scores.csv")).Should().HaveCount(3);
        analyze.Exit.Should().Be(ExitCodes.Invalid, "the malformed rows are reported");
        JObject.Parse(analyze.Output)["responses"]!.Value<int>().Should().Be(3, "the two rows that could be read, plus the out-of-range one (ignored answers)");
    }

    [Fact]
    public void Score_WithPhaseTimes_ReportsWhereTheTimeWent_OnStandardErrorOnly()
    {
        var input = BatchCommandTests.QuickCheckCsv(_folder);
        var start = new ProcessStartInfo(Program) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "score", "--assessment", "intimacy-quick-check", "--input", input, "--output", "scores.csv" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["INTIMACYKIT_PHASES"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();

        var phases = error.Result.Split('\n').Where(l => l.StartsWith("phase: ", StringComparison.Ordinal)).Select(l => l[7..41].Trim()).ToList();
        phases.Should().Equal(
            "runtime start-up (to Main)", "dependency injection", "command line parsed", "content pack read and validated",
            "pipeline built", "read, score and write rows", "summary and exit");
        error.Result.Should().MatchRegex(@"phase: content pack read and validated +[0-9.]+ ms  jit +[0-9.]+ ms +[0-9]+ methods");
        output.Should().NotContain("phase:");
        Run(string.Empty, "score", "--assessment", "intimacy-quick-check", "--input", input, "--output", "again.csv").Error.Should().NotContain("phase:", "off unless asked for");
    }

    [Fact]
    public void Validate_ContentAndHelp()
    {
        var good = Path.Combine(_folder, "good.json");
        using (var stream = DefaultContent.OpenJson())
        using (var file = File.Create(good))
        {
            stream.CopyTo(file);
        }

        var bad = Path.Combine(_folder, "bad.json");
        File.WriteAllText(bad, "{\n  \"id\": 5\n}\n");

        var valid = Run(string.Empty, "validate", good);
        var invalid = Run(string.Empty, "validate", good, bad);
        var none = Run(string.Empty, "validate");
        var content = Run(string.Empty, "content", "obstacles");
        var help = Run(string.Empty, "score", "--help");

        valid.Exit.Should().Be(ExitCodes.Success);
        invalid.Exit.Should().Be(ExitCodes.Invalid);
        invalid.Error.Should().MatchRegex(@"bad\.json:2:\d+: \$\.id: ", "problems go to standard error");
        invalid.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.StartsWith("bad.json:", StringComparison.Ordinal), "one problem per line, never wrapped");
        invalid.Output.Should().Be("good.json: valid (intimacy-core 2.0.0).\n");
        none.Exit.Should().Be(ExitCodes.Usage);
        content.Exit.Should().Be(ExitCodes.Success);
        content.Output.Should().Contain("persona-mask");
        help.Exit.Should().Be(ExitCodes.Success);
        help.Output.Should().Contain("--input").And.Contain("--fail-fast");
    }

    [Fact]
    public void Plan_Compare_Progress_FromSavedResults()
    {
        File.WriteAllText(Path.Combine(_folder, "a.json"), Run(string.Empty, "take", "--assessment", "intimacy-profile", "--answers", ProfileAnswers("a-answers.json", 4), "--json").Output);
        File.WriteAllText(Path.Combine(_folder, "b.json"), Run(string.Empty, "take", "--assessment", "intimacy-profile", "--answers", ProfileAnswers("b-answers.json", 2), "--json").Output);

        var plan = Run(string.Empty, "plan", "--result", "a.json", "--weeks", "2", "--modes", "solo", "journal", "--ics", "plan.ics");
        var compare = Run(string.Empty, "compare", "a.json", "b.json");
        var progress = Run(string.Empty, "progress", "a.json", "b.json");
        var badPlan = Run(string.Empty, "plan", "--result", "a.json", "--weeks", "99");

        plan.Exit.Should().Be(ExitCodes.Success, plan.Error);
        plan.Output.Should().Contain("week 1").And.Contain("Saved");
        File.ReadAllText(Path.Combine(_folder, "plan.ics")).Should().Contain("BEGIN:VEVENT");
        compare.Exit.Should().Be(ExitCodes.Success, compare.Error);
        progress.Exit.Should().Be(ExitCodes.Success, progress.Error);
        badPlan.Exit.Should().Be(ExitCodes.Usage);
        badPlan.Error.Should().Contain("[1-52]");
    }

    [Fact]
    public void CtrlC_DuringScore_LeavesNoOutputFile()
    {
        // Big enough that scoring takes seconds, so the interrupt lands mid-way.
        var input = BigQuickCheckCsv(2_000_000);

        var start = new ProcessStartInfo(Program, ["score", "--assessment", "intimacy-quick-check", "--input", input, "--output", "scores.csv"])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stopwatch = Stopwatch.StartNew();
        while (!Directory.EnumerateFiles(_folder, ".scores.csv.tmp-*").Any() && !process.HasExited && stopwatch.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(20);
        }

        process.HasExited.Should().BeFalse("the batch should still be running when interrupted");
        Kill(process.Id, 2).Should().Be(0, "SIGINT is sent as Ctrl+C is");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(30_000).Should().BeTrue();

        process.ExitCode.Should().Be(ExitCodes.Interrupted, error);
        error.Should().Contain("interrupted: nothing was written.");
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().Equal("big.csv");
    }

    [Fact]
    public void CtrlC_DuringAnalyze_StopsCleanly_WithNothingPrinted()
    {
        var input = BigQuickCheckCsv(1_500_000);

        var start = new ProcessStartInfo(Program, ["analyze", "--assessment", "intimacy-quick-check", "--input", input]) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();

        // Analyze keeps every response's answers while it reads, so memory well past start-up means it is mid-way.
        var stopwatch = Stopwatch.StartNew();
        while (!process.HasExited && ResidentKilobytes(process.Id) < 200_000 && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(20);
        }

        process.HasExited.Should().BeFalse("the analysis should still be reading when interrupted");
        Kill(process.Id, 2).Should().Be(0, "SIGINT is sent as Ctrl+C is");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(30_000).Should().BeTrue();

        process.ExitCode.Should().Be(ExitCodes.Interrupted, error);
        error.Should().Contain("interrupted: nothing was written.");
        output.Result.Should().BeEmpty("no half analysis is shown");
    }

    /// <summary>The same quick-check answers on many rows (the safety screen at its lowest), as big.csv.</summary>
    private string BigQuickCheckCsv(int rows)
    {
        var quick = DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var input = Path.Combine(_folder, "big.csv");
        using var writer = new StreamWriter(input);
        writer.WriteLine(string.Join(',', quick.Items.Select(i => i.Id)));
        var row = string.Join(',', quick.Items.Select(i => i.Scale is null ? "1" : "3"));
        for (var r = 0; r < rows; r++)
        {
            writer.WriteLine(row);
        }

        return input;
    }

    private static long ResidentKilobytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    [Fact]
    public void Take_ThroughARealPseudoTerminal_AsksAndShowsResults()
    {
        var quick = DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);

        // Who it is about (Enter: the first kind), the safety screen at its lowest (Enter), then down arrow and Enter
        // for every statement (answer 2), and no to saving.
        var keys = new List<string> { "\r" };
        keys.AddRange(quick.Items.Select((_, i) => i < quick.SafetyItemCount ? "\r" : "\u001b[B\r"));
        keys.Add("n\r");
        var (exit, screen) = RunInTerminal("take", keys);

        exit.Should().Be(0, screen);
        screen.Should().Contain($"1 of {quick.Items.Length}").And.Contain($"{quick.Items.Length} of {quick.Items.Length}");
        screen.Should().Contain("Safety first").And.Contain("Intimacy quick check").And.Contain("not a diagnosis").And.Contain("Save your result to a file");
    }

    /// <summary>Terminal output as plain words: escape sequences dropped, runs of white space (where a line wrapped) made one space.</summary>
    private static string Words(string screen)
        => System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(screen, "\u001b\\[[0-9;?]*[a-zA-Z=>]|\u001b[=>]", string.Empty), @"\s+", " ");

    private (int Exit, string Screen) RunInTerminal(string arguments, IEnumerable<string> keys) => TheProgram.RunInTerminal(_folder, arguments, keys);

    [Fact]
    public void Json_FromATerminal_RedirectedToAFile_IsExactJson()
    {
        var answers = ProfileAnswers("answers.json", 4);

        // As a person types it: in a terminal, with the result sent to a file.
        var (exit, screen) = RunInTerminal($"take --assessment intimacy-profile --answers '{answers}' --json > result.json", []);

        exit.Should().Be(ExitCodes.Success, screen);
        var json = File.ReadAllText(Path.Combine(_folder, "result.json"));
        json.Should().NotContain("\u001b", "no terminal control sequences in machine output");
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json));
        var parsed = JObject.Load(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        reader.Read().Should().BeFalse("nothing follows the JSON");
        parsed["disclaimer"]!.Value<string>().Should().Contain("not a diagnosis");
        json.Split('\n').Should().OnlyContain(l => l.Length < 4000, "long strings are never wrapped");
    }

    [Fact]
    public void Take_InATerminal_SaveToABadPathThenAGoodOne_ResumeLater_AndCtrlCGivesTheCursorBack()
    {
        var quick = DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        const string Up = "\u001b[A";
        const string Enter = "\r";

        // Who (Enter: the first kind); at the first statement, up to "(save and finish later)"; a folder that does
        // not exist, then a good name.
        var (savedExit, saved) = RunInTerminal("take", [Enter, Up, Enter, "missing/half.json" + Enter, "half.json" + Enter]);

        // Carry on: "Rarely" afraid, back to it and Enter (the earlier answer is preselected, so it stays "Rarely"), the
        // rest of the screen at its lowest, "Disagree" to the rest, and Enter at the privacy note (nothing saved).
        var keys = new List<string> { "\u001b[B" + Enter, Up + Enter, Enter };
        for (var i = 1; i < quick.Items.Length; i++)
        {
            keys.Add(i < quick.SafetyItemCount ? Enter : "\u001b[B" + Enter);
        }

        keys.Add(Enter);
        var (resumedExit, resumed) = RunInTerminal("take --resume half.json", keys);

        // Ctrl+C half-way: the cursor comes back and the person is told what was kept.
        var (interruptedExit, interrupted) = RunInTerminal("take", [Enter, Enter, Enter, "\u0003"]);

        (saved, resumed) = (Words(saved), Words(resumed));
        savedExit.Should().Be(ExitCodes.Success, saved);
        saved.Should().Contain("Who are you thinking about?").And.Contain("Could not save").And.Contain("does not exist").And.Contain("take --resume half.json");
        File.Exists(Path.Combine(_folder, "half.json")).Should().BeTrue();
        resumedExit.Should().Be(ExitCodes.Success, resumed);
        resumed.Should().Contain("Welcome back: 0 of").And.Contain("Safety first").And.Contain("Something to try");
        resumed.Should().Contain("Some of your answers, or questions you chose to skip", "'Rarely' afraid was kept after going back: back preselects the earlier answer");
        interruptedExit.Should().Be(ExitCodes.Interrupted, interrupted);
        interrupted.Should().Contain("\u001b[?25h", "the cursor is shown again").And.Contain("interrupted: nothing more was saved");
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}

/// <summary>The repository root (the folder with IntimacyKit.sln).</summary>
internal static class Repository
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IntimacyKit.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("No IntimacyKit.sln above the test folder.");
        }
    }
}
