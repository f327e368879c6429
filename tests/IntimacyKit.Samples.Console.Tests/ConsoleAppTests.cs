using System.Diagnostics;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Spectre.Console.Testing;

namespace IntimacyKit.Samples.Console.Tests;

public sealed class ConsoleAppTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-console-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Runs in-process; standard error is appended to the output after a marker line.</summary>
    private static (int Exit, string Output) Run(string[] args, string stdin = "", bool redirected = true, Action<TestConsole>? keys = null)
    {
        var (exit, output, error) = RunSplit(args, stdin, redirected, keys);
        return (exit, error.Length == 0 ? output : output + error);
    }

    private static (int Exit, string Output, string Error) RunSplit(string[] args, string stdin = "", bool redirected = true, Action<TestConsole>? keys = null)
    {
        var console = new TestConsole().Width(400);
        console.Profile.Capabilities.Interactive = !redirected;
        keys?.Invoke(console);
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.Catalog);
        var error = new StringWriter();
        var exit = new ConsoleApp(DefaultContent.Catalog, pipeline, console).Run(args, new StringReader(stdin), redirected, error);
        return (exit, console.Output, error.ToString());
    }

    [Fact]
    public void Take_AnswersOnStandardInput_ShowsSupportFirstThenResultsWithTheDisclaimer()
    {
        var (exit, output) = Run(["take"], "safety-afraid,5\nq-shame,2\nq-learned-mistrust,4\nq-relationship-scars,5\nq-persona-mask,5\nq-weak-self,5\n");

        exit.Should().Be(ExitCodes.Success);
        output.IndexOf("Support first", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("Intimacy quick check", StringComparison.Ordinal));
        output.Should().Contain("Emergency services").And.Contain("call your local emergency number").And.Contain("not a diagnosis");
        output.Should().Contain("Guarded against closeness: Wariness can protect you", "a protective scale is framed as protection while a harm flag stands")
            .And.NotContain("Guarded against closeness: Mostly fits me");
    }

    [Fact]
    public void Take_ADisclosureWithNothingElse_ShowsSupportWithoutAnErrorOrMoreQuestions()
    {
        var (exit, output, error) = RunSplit(["take"], "safety-self-harm,1\n");

        exit.Should().Be(ExitCodes.Success, "the screen did its first job: support was shown");
        error.Should().BeEmpty();
        output.Should().StartWith("┌─Support first").And.Contain("You said you have had thoughts of harming yourself").And.Contain("A crisis line");
        output.Should().NotContain("take the intimacy profile", "more questions are not suggested while support comes first");
    }

    [Fact]
    public void Take_ConcernOnly_ShowsACalmSupportPanelBeforeTheResults()
    {
        var (exit, output) = Run(["take"], "safety-afraid,2\nsafety-hurt,1\nsafety-threatened,1\nsafety-controlled,1\nsafety-put-down,1\nsafety-isolated,1\nsafety-self-harm,0\nsafety-harming-other,1\nq-selfishness,4\nq-believed-shallowness,4\n");

        exit.Should().Be(ExitCodes.Success);
        output.Should().NotContain("Support first");
        output.IndexOf("Some of your answers", StringComparison.Ordinal).Should().BeGreaterThan(-1).And.BeLessThan(output.IndexOf("Intimacy quick check", StringComparison.Ordinal));
        output.Should().Contain("A domestic-abuse support service").And.Contain("on your own rather than as a couple");
    }

    [Fact]
    public void Take_JsonWithAnUnscorableAnswerAndAFlag_PutsSupportOnStandardErrorAndNothingElseOnStandardOutput()
    {
        var (exit, output, error) = RunSplit(["take", "--json"], "safety-afraid,5\nq-shame,9\n");

        exit.Should().Be(ExitCodes.Invalid);
        output.Should().BeEmpty("standard output holds JSON or nothing");
        error.Should().Contain("Support: Emergency services").And.Contain("error: q-shame: Value 9");
    }

    [Fact]
    public void Compare_Names_StandInForTheFileNames_AndABadListIsAUsageError()
    {
        var first = SaveResult("first.json", level: 5);
        var second = SaveResult("second.json", level: 2);

        var named = Run(["compare", first, second, "--names", "Sam, Alex"]);
        var bad = Run(["compare", first, second, "--names", "Sam"]);

        named.Exit.Should().Be(ExitCodes.Success);
        named.Output.Should().Contain("Playing a part (Sam 5, Alex 2): 'Mostly fits me' for Sam, not for Alex").And.NotContain("first.json");
        bad.Exit.Should().Be(ExitCodes.Usage);
        bad.Output.Trim().Should().StartWith("error: --names: give two names");
    }

    [Fact]
    public void Take_SupportDirectory_ShowsTheHostsContactsUnderEachKindOfHelp()
    {
        var file = Path.Combine(_folder, "support.json");
        File.WriteAllText(file, "{\"region\": \"Testland\", \"contacts\": [{\"kind\": \"emergency-services\", \"name\": \"Testland emergency line\", \"phone\": \"000\"}]}");

        var (exit, output) = Run(["take", "--support", file], "safety-afraid,5\nq-persona-mask,4\nq-weak-self,4\nq-work-persona,4\n");
        var (badExit, badOutput) = Run(["take", "--support", Path.Combine(_folder, "none.json")], "safety-afraid,5\n");

        exit.Should().Be(ExitCodes.Success);
        output.Should().Contain("Testland emergency line: call 000").And.Contain("Contacts for Testland.");
        badExit.Should().Be(ExitCodes.Usage);
        badOutput.Trim().Should().StartWith("error: --support: ").And.EndWith("no such file.");
    }

    [Fact]
    public void Take_CsvAnswers_ReadLikeCsv_QuotedFieldsHeaderBlankLinesAndCrLf()
    {
        var plain = Run(["take", "--json"], "item,value\nsafety-afraid,1\nq-shame,2\nq-learned-mistrust,4\n");
        var quoted = Run(["take", "--json"], "item,value\r\n\r\n\"safety-afraid\", \"1\"\r\n  q-shame , 2\r\n\"q-learned-mistrust\",4\r\n");

        quoted.Exit.Should().Be(plain.Exit);
        Scores(quoted.Output).Should().Be(Scores(plain.Output), "quoting, spaces, a header, blank lines and CRLF change nothing");
        Run(["take"], "q-shame,2,3\n").Output.Should().Contain("standard input:1: expected 'item,value'; found 'q-shame,2,3'.");

        static string Scores(string output) => output[output.IndexOf("\"scales\"", StringComparison.Ordinal)..output.IndexOf("\"composites\"", StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("")]
    [InlineData("q-shame,2\n")]
    public void Take_TooFewAnswersToScoreAnything_IsAnHonestFailure(string stdin)
    {
        var (exit, output) = Run(["take"], stdin);

        exit.Should().Be(ExitCodes.Invalid, "nothing answered, or nothing scored, is not a result");
        if (stdin.Length == 0)
        {
            output.Trim().Should().StartWith("error: take: no answers were given");
            return;
        }

        output.Should().Contain("error: nothing could be scored");
        output.Should().Contain("Guarded against closeness: not enough answers to say.");
        output.Should().StartWith("┌─Support─", "an unanswered safety screen is a reason for care, shown before anything else");
    }

    [Fact]
    public void Take_AnswersFileAsJson_PrintsTheResultAsJson()
    {
        var file = Path.Combine(_folder, "answers.json");
        File.WriteAllText(file, "{\"persona-mask-1\": 5, \"persona-mask-2\": 4, \"persona-mask-3\": 5, \"persona-mask-4\": 1, \"shame-1\": null}");

        var (exit, output, error) = RunSplit(["take", "--assessment", "intimacy-profile", "--relationship", "sibling", "--answers", file, "--json"]);

        exit.Should().Be(ExitCodes.Success);
        var result = AssessmentResultSerializer.Read(output);
        result.RelationshipKind.Should().Be("sibling");
        result.GetScore("persona-mask").Value.Should().Be(3.75, "5, 4, then 5 and 1 reverse-keyed to 1 and 5");
        error.Should().Contain("not always feel safe", "the skipped safety screen still brings support, on standard error so the JSON stays exact")
            .And.Contain("This result holds your answers to the safety questions.");
    }

    [Fact]
    public void Take_UnknownAssessment_IsOneReadableLineAndAUsageError()
    {
        var (exit, output) = Run(["take", "--assessment", "nope"]);

        exit.Should().Be(ExitCodes.Usage);
        output.Trim().Should().Be("error: --assessment: no assessment 'nope'. Known: intimacy-profile, intimacy-quick-check, listening-check.");
    }

    [Fact]
    public void Take_OutOfRangeAnswer_IsInvalidNamingTheItem()
    {
        var (exit, output) = Run(["take"], "q-shame,9\n");

        exit.Should().Be(ExitCodes.Invalid);
        output.Should().Contain("error: q-shame: Value 9 is outside response scale 'agree-5'; value should be in range [1-5].");
    }

    [Fact]
    public void Take_Interactive_AsksOneStatementAtATimeWithSkipAndBack()
    {
        var quick = DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);

        var (exit, output) = Run(["take", "--relationship", "romantic"], redirected: false, keys: console =>
        {
            console.Input.PushKey(ConsoleKey.Enter);
            console.Input.PushKey(ConsoleKey.UpArrow);
            console.Input.PushKey(ConsoleKey.Enter);
            for (var i = 0; i < quick.Items.Length; i++)
            {
                // "Often" afraid (urgent); the rest of the screen at its lowest; "Agree" with every statement.
                var presses = i == 0 || i >= quick.SafetyItemCount ? 3 : 0;
                for (var p = 0; p < presses; p++)
                {
                    console.Input.PushKey(ConsoleKey.DownArrow);
                }

                console.Input.PushKey(ConsoleKey.Enter);
            }

            console.Input.PushTextWithEnter(string.Empty);
        });

        exit.Should().Be(ExitCodes.Success);
        output.IndexOf("Safety first", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf($"1 of {quick.Items.Length}", StringComparison.Ordinal), "the preface comes before the safety statements");
        output.Should().Contain("I feel afraid of my partner.").And.Contain("When my partner's needs clash with my plans, my plans usually win.").And.Contain("The main statements");
        output.IndexOf("The main statements", StringComparison.Ordinal).Should().BeGreaterThan(output.IndexOf("I am afraid that I might hurt my partner.", StringComparison.Ordinal));
        output.Should().Contain("░░░░").And.Contain("█", "a progress bar shows how far along the statements are");
        output.Should().Contain("Support first").And.Contain("Your privacy").And.Contain("Nothing has been saved");
        output.IndexOf("Support first", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("The main statements", StringComparison.Ordinal), "support comes as soon as the screen is answered, before the main statements");
        output.Should().NotContain("Save your result to a file", "nothing is offered after a harm flag").And.NotContain("practice plan");
        Directory.GetFiles(_folder).Should().BeEmpty("nothing is written unless the person asks");
    }

    [Fact]
    public void Take_Interactive_BackPreselectsTheEarlierAnswer_AndAHalfDoneCheckCanBeSavedAndResumed()
    {
        var quick = DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var saved = Path.Combine(_folder, "half.json");

        var (firstExit, first) = Run(["take", "--relationship", "friendship"], redirected: false, keys: console =>
        {
            // "Rarely" afraid, back to it, and Enter: the earlier answer is preselected, so it stays "Rarely".
            console.Input.PushKey(ConsoleKey.DownArrow);
            console.Input.PushKey(ConsoleKey.Enter);
            console.Input.PushKey(ConsoleKey.UpArrow);
            console.Input.PushKey(ConsoleKey.Enter);
            console.Input.PushKey(ConsoleKey.Enter);
            for (var i = 1; i < quick.SafetyItemCount; i++)
            {
                console.Input.PushKey(ConsoleKey.Enter);
            }

            // At the first main statement: "(save and finish later)" is the next to last choice.
            console.Input.PushKey(ConsoleKey.UpArrow);
            console.Input.PushKey(ConsoleKey.UpArrow);
            console.Input.PushKey(ConsoleKey.Enter);
            console.Input.PushTextWithEnter(saved);
        });
        var (secondExit, second) = Run(["take", "--resume", saved], redirected: false, keys: console =>
        {
            for (var i = quick.SafetyItemCount; i < quick.Items.Length; i++)
            {
                console.Input.PushKey(ConsoleKey.DownArrow);
                console.Input.PushKey(ConsoleKey.DownArrow);
                console.Input.PushKey(ConsoleKey.DownArrow);
                console.Input.PushKey(ConsoleKey.Enter);
            }

            console.Input.PushTextWithEnter(string.Empty);
        });

        firstExit.Should().Be(ExitCodes.Success, first);
        first.Should().Contain("┌─Support─", "'Rarely' afraid was kept after going back, and raises a concern as soon as the screen is done");
        first.Should().Contain("take --resume").And.Contain("Your privacy");
        File.ReadAllText(saved).Should().Contain("\"safety-afraid\": 2").And.Contain("\"relationship\": \"friendship\"");
        secondExit.Should().Be(ExitCodes.Success, second);
        second.Should().Contain($"Welcome back: {quick.SafetyItemCount} of {quick.Items.Length}").And.Contain("my friend").And.Contain("Something to try");
        second.Should().Contain("┌─Support─", "the resumed answers still carry the concern");
    }

    [Fact]
    public void Take_Interactive_WithStandardOutputRedirected_IsAUsageErrorNotACrash()
    {
        var (exit, output) = Run(["take"], redirected: false, keys: console => console.Profile.Capabilities.Interactive = false);

        exit.Should().Be(ExitCodes.Usage);
        output.Trim().Should().StartWith("error: take: standard output is not a terminal");
    }

    [Fact]
    public void Take_Interactive_SavesTheResultAndAPracticePlan()
    {
        var profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var resultFile = Path.Combine(_folder, "me.json");
        var planFile = Path.Combine(_folder, "plan.ics");

        var (exit, output) = Run(["take", "--assessment", "intimacy-profile"], redirected: false, keys: console =>
        {
            // Who the answers are about, asked first: the second kind (a sibling).
            console.Input.PushKey(ConsoleKey.DownArrow);
            console.Input.PushKey(ConsoleKey.Enter);
            for (var i = 0; i < profile.Items.Length; i++)
            {
                // Agree strongly with everything except the safety screen (first choice = 1).
                var item = profile.Items[i];
                var presses = item.Scale is null ? 0 : item.Reverse ? 0 : 4;
                for (var p = 0; p < presses; p++)
                {
                    console.Input.PushKey(ConsoleKey.DownArrow);
                }

                console.Input.PushKey(ConsoleKey.Enter);
            }

            console.Input.PushTextWithEnter("y");
            console.Input.PushTextWithEnter(Path.Combine(_folder, "no-such-folder", "me.json"));
            console.Input.PushTextWithEnter(resultFile);
            console.Input.PushTextWithEnter("y");
            console.Input.PushTextWithEnter(planFile);
        });

        exit.Should().Be(ExitCodes.Success, output);
        output.Should().Contain("Who are you thinking about?").And.Contain("I feel afraid of my sibling.");
        output.Should().Contain("Could not save:").And.Contain("does not exist", "a bad path is explained and asked again; the finished questionnaire is not lost");
        output.Should().Contain($"of {profile.Items.Length}").And.Contain("Saved your result to").And.Contain("practice sessions");
        AssessmentResultSerializer.Read(File.ReadAllText(resultFile)).AssessmentId.Should().Be("intimacy-profile");
        File.ReadAllText(planFile).Should().StartWith("BEGIN:VCALENDAR").And.Contain("BEGIN:VEVENT");
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().BeEquivalentTo(["me.json", "plan.ics"]);
    }

    [Fact]
    public void Validate_ValidAndBrokenPacks_ReportsEveryProblemWithLocation()
    {
        var good = Path.Combine(_folder, "good.json");
        using (var stream = DefaultContent.OpenJson())
        using (var file = File.Create(good))
        {
            stream.CopyTo(file);
        }

        var bad = Path.Combine(_folder, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(good).Replace("\"minutes\": 10,", "\"minutes\": 0,", StringComparison.Ordinal));

        Run(["validate", good]).Should().Be((ExitCodes.Success, "good.json: valid (intimacy-core 2.0.0).\n"));
        var (exit, output) = Run(["validate", good, bad]);
        exit.Should().Be(ExitCodes.Invalid);
        output.Should().MatchRegex(@"bad\.json:\d+:\d+: \$\.exercises\[\d+\]\.minutes: Exercise '[a-z-]+' takes 0 minutes; value should be in range \[1-240\]\.");
        Run(["validate", Path.Combine(_folder, "missing.json")]).Exit.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Take_WithAPackFile_UsesThatPack()
    {
        var file = Path.Combine(_folder, "pack.json");
        using (var stream = DefaultContent.OpenJson())
        using (var copy = File.Create(file))
        {
            stream.CopyTo(copy);
        }

        var (exit, output, error) = RunSplit(["take", "--pack", file, "--assessment", "intimacy-quick-check", "--json"], "q-shame,4\nq-learned-mistrust,4\nq-relationship-scars,4\n");
        var (nothingExit, nothing, nothingError) = RunSplit(["take", "--pack", file, "--assessment", "intimacy-quick-check", "--json"], "q-shame,4\n");

        exit.Should().Be(ExitCodes.Success, error);
        AssessmentResultSerializer.Read(output).Answers.Select(a => a.ItemId).Should().Equal("q-shame", "q-learned-mistrust", "q-relationship-scars");
        nothingExit.Should().Be(ExitCodes.Invalid, "nothing scored is not a result, with --json too");
        AssessmentResultSerializer.Read(nothing).Answers.Should().ContainSingle("the JSON is still written whole");
        nothingError.Should().Contain("nothing could be scored");
        Run(["take", "--pack", Path.Combine(_folder, "none.json")]).Exit.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Content_ListsAndShowsTheCatalog()
    {
        Run(["content", "obstacles"]).Output.Should().Contain("persona-mask").And.Contain("Playing a part");
        Run(["content", "exercises", "mask-inventory"]).Output.Should().Contain("Mask inventory (mask-inventory): difficulty 1, journal, 15 minutes").And.Contain("Steps:");
        Run(["content", "assessments"]).Output.Should().Contain("listening-check");
        var statements = Run(["content", "assessments", "intimacy-quick-check", "--relationship", "parent-child"]).Output;
        statements.Should().Contain("1. I feel afraid of my child.  [safety-afraid; safety; often-5]")
            .And.Contain("[q-relationship-scars; wounds; agree-5, offers \"does not apply\"]")
            .And.Contain("as read for \"My child (I am the parent)\"");
        Run(["content", "obstacles", "nope"]).Should().Be((ExitCodes.Usage, "error: content: no obstacle 'nope'.\n"));
        Run(["content", "feelings"]).Exit.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void PlanCompareProgress_FromSavedResults_WriteReportsAndACalendarFile()
    {
        var first = SaveResult("first.json", level: 5);
        var second = SaveResult("second.json", level: 2);
        var ics = Path.Combine(_folder, "plan.ics");

        var plan = Run(["plan", "--result", first, "--weeks", "2", "--ics", ics]);
        var compare = Run(["compare", first, second]);
        var progress = Run(["progress", first, second]);

        plan.Exit.Should().Be(ExitCodes.Success);
        plan.Output.Should().Contain("week 1").And.Contain("again").And.Contain("Saved");
        File.ReadAllText(ics).Should().StartWith("BEGIN:VCALENDAR");
        Directory.GetFiles(_folder, "*.tmp-*").Should().BeEmpty("the calendar is written through a temporary file and a move");
        compare.Exit.Should().Be(ExitCodes.Success);
        compare.Output.Should().Contain("Playing a part (first.json 5, second.json 2): 'Mostly fits me' for first.json, not for second.json");
        progress.Exit.Should().Be(ExitCodes.Success);
        progress.Output.Should().Contain("Playing a part went down by 3, the better direction").And.Contain("lower is better here");
        progress.Output.Split("Without norms").Should().HaveCount(2, "the caveat about norms is said once, not on every line");
        plan.Output.Should().Contain("check-in: take the intimacy profile again");
        var planLines = plan.Output.Split('\n').Where(l => l.Length > 10 && char.IsDigit(l[0])).Select(l => l[..10]).ToList();
        planLines.Should().BeInAscendingOrder("practice days and check-ins form one timeline");
        Run(["plan", "--result", first, "--weeks", "99"]).Exit.Should().Be(ExitCodes.Usage);
        Run(["progress", first]).Should().Be((ExitCodes.Invalid, "error: progress: Progress needs at least two results; 1 given.\n"));
        File.WriteAllText(Path.Combine(_folder, "broken.json"), "{");
        Run(["compare", first, Path.Combine(_folder, "broken.json")]).Exit.Should().Be(ExitCodes.Invalid);
    }

    private string SaveResult(string name, int level)
    {
        var profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var lines = profile.Items.Select(i => $"{i.Id},{(i.Scale is null ? DefaultContent.Catalog.GetResponseScale(profile, i).Min : i.Scale == "persona-mask" ? (i.Reverse ? 6 - level : level) : (i.Reverse ? 4 : 2))}");
        var (exit, output, _) = RunSplit(["take", "--assessment", "intimacy-profile", "--json"], string.Join("\n", lines));
        exit.Should().Be(ExitCodes.Success);
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, output);
        return path;
    }

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        Run(["--no-such-option"]).Exit.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Help_DocumentsTheExitCodes()
    {
        var (exit, output) = Run(["--help"]);

        exit.Should().Be(ExitCodes.Success);
        output.Should().Contain("Exit codes: 0 done, 1 invalid input").And.Contain("validate").And.Contain("take");
        output.Split('\n').Should().Contain(line => line.TrimStart().StartsWith("score", StringComparison.Ordinal), "each command is on its own line");
        output.Split('\n').Should().Contain(line => line.TrimStart().StartsWith("analyze", StringComparison.Ordinal));
        output.Should().Contain("intimacykit [command] [options]", "usage names the tool, not the assembly");
    }

    [Fact]
    public void ReadmeRunCommand_AsWritten_StartsTheDefaultAssessmentOnTheEmbeddedContent()
    {
        var root = FindRoot();
        using var process = Process.Start(new ProcessStartInfo("dotnet", "run --project samples/IntimacyKit.Samples.Console")
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.StandardInput.Write("safety-afraid,1\nsafety-hurt,1\nsafety-threatened,1\nsafety-controlled,1\nsafety-put-down,1\nsafety-isolated,1\nsafety-self-harm,0\nsafety-harming-other,1\nq-persona-mask,5\nq-weak-self,5\nq-work-persona,4\nq-macho-mask,1\n");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(120_000).Should().BeTrue();

        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
        output.Should().Contain("Intimacy quick check").And.Contain("Hiding behind a role: Mostly fits me").And.Contain("Something to try").And.Contain("take the intimacy profile");
    }

    private static string FindRoot()
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
