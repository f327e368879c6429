using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using Newtonsoft.Json.Linq;
using Spectre.Console.Testing;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>
/// The console in German: <c>--culture de</c> (any command) or LANG, content from the German translation of the default
/// pack and the console's own words from its resources; the same scores as in English, and no bands from a draft. Every
/// command's words, its errors and --help are German; what programs read (JSON, ids, option names) is not.
/// </summary>
public sealed partial class GermanConsoleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-de-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static (int Exit, string Output, string Error) Run(string[] args, IReadOnlyDictionary<string, string>? environment = null, string stdin = "")
    {
        var console = new TestConsole().Width(400);
        console.Profile.Capabilities.Interactive = false;
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().AddRecommendations(new DefaultRecommender()).Build(DefaultContent.Catalog);
        var error = new StringWriter();
        var app = new ConsoleApp(DefaultContent.Catalog, pipeline, console)
        {
            Localized = static () => new LocalizedContent(
                DefaultContent.TranslatedCatalog,
                static catalog => new ScoringPipelineBuilder().AddDefaultStages().AddRecommendations(new DefaultRecommender()).Build(catalog)),
            Environment = name => environment?.GetValueOrDefault(name),
        };
        var exit = app.Run(args, new StringReader(stdin), true, error);
        return (exit, console.Output, error.ToString());
    }

    private string Answers(int value)
    {
        var profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var path = Path.Combine(_folder, $"answers-{value}.json");
        // Mostly the value given, every third statement one lower, so that scale means have decimals.
        File.WriteAllText(path, new JObject(profile.Items.Select((i, n) => new JProperty(
            i.Id, i.Scale is null ? DefaultContent.Catalog.GetResponseScale(profile, i).Min : Math.Max(1, (i.Reverse ? 6 - value : value) - (n % 3 == 0 ? 1 : 0))))).ToString());
        return path;
    }

    [Fact]
    public void Take_WithCultureDe_GivesTheSameScoresAsEnglish_InGerman_WithoutBands()
    {
        var answers = Answers(4);

        var german = Run(["take", "--assessment", "intimacy-profile", "--answers", answers, "--json", "--culture", "de"]);
        var english = Run(["take", "--assessment", "intimacy-profile", "--answers", answers, "--json"]);

        german.Exit.Should().Be(ExitCodes.Success, german.Error);
        var (de, en) = (JObject.Parse(german.Output), JObject.Parse(english.Output));
        de["culture"]!.Value<string>().Should().Be("de");
        de["showsBands"]!.Value<bool>().Should().BeFalse();
        en["culture"]!.Value<string>().Should().Be("en");
        de.SelectTokens("$.scales[*].value").Select(static v => v.Value<double?>()).Should().Equal(en.SelectTokens("$.scales[*].value").Select(static v => v.Value<double?>()));
        de.SelectTokens("$.scales[*].band").Should().BeEmpty();
        en.SelectTokens("$.scales[*].band").Should().NotBeEmpty();
        de["disclaimer"]!.Value<string>().Should().Contain("keine Diagnose");
    }

    [Fact]
    public void Take_InGerman_ReadsGermanThroughout_WithNumbersForPeople()
    {
        var (exit, output, error) = Run(["take", "--assessment", "intimacy-profile", "--relationship", "sibling", "--answers", Answers(4), "--culture", "de-AT"]);

        exit.Should().Be(ExitCodes.Success, error);
        output.Should().Contain("keine Diagnose").And.Contain("Etwas zum Ausprobieren").And.Contain("In dieser Sprache gibt es keine Einstufungen")
            .And.Contain("Vorgeschlagen wegen „").And.Contain("Minuten").And.Contain("Wie jeder Wert berechnet wurde");
        output.Should().NotContain("Something to try").And.NotContain("Suggested").And.NotContain("Trifft meist", "a draft shows no bands");
        output.Should().MatchRegex(@": \d,\d", "numbers for people use the German decimal comma");
    }

    [Theory]
    [InlineData("de_DE.UTF-8", "de")]
    [InlineData("de_AT", "de")]
    [InlineData("C.UTF-8", "en")]
    [InlineData("POSIX", "en")]
    [InlineData("fr_FR.UTF-8", "en")]
    public void Lang_IsHonoured_AndFallsBackToEnglish(string lang, string culture)
    {
        var (exit, output, _) = Run(["take", "--assessment", "intimacy-profile", "--answers", Answers(3), "--json"], new Dictionary<string, string> { ["LANG"] = lang });

        exit.Should().Be(ExitCodes.Success);
        JObject.Parse(output)["culture"]!.Value<string>().Should().Be(culture);
    }

    [Fact]
    public void CultureOption_OverridesLang_AndAMalformedOneIsAUsageError()
    {
        var environment = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8" };

        JObject.Parse(Run(["take", "--assessment", "intimacy-profile", "--answers", Answers(3), "--json", "--culture", "en"], environment).Output)["culture"]!.Value<string>().Should().Be("en");
        Run(["take", "--answers", Answers(3), "--culture", "de_DE"]).Should().Be(
            (ExitCodes.Usage, string.Empty, "error: --culture: 'de_DE' is not a language tag; give one such as de, de-AT or en." + Environment.NewLine));
    }

    [Fact]
    public void Content_InGerman_ListsTheGermanStatements()
    {
        var (exit, output, _) = Run(["content", "assessments", "intimacy-quick-check", "--relationship", "friendship", "--culture", "de"]);

        exit.Should().Be(ExitCodes.Success);
        output.Should().Contain("meine gute Freundin / mein guter Freund").And.NotContain("my friend");
    }

    [Fact]
    public void TheRealProgram_InAPseudoTerminal_AsksInGerman()
    {
        var quick = DefaultContent.TranslatedCatalog.ForCulture("de").GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var keys = new List<string> { "\r" };
        keys.AddRange(quick.Items.Select((_, i) => i < quick.SafetyItemCount ? "\r" : "\u001b[B\r"));
        keys.Add("n\r");

        var (exit, screen) = TheProgram.RunInTerminal(_folder, "take --culture de", keys);

        exit.Should().Be(ExitCodes.Success, screen);
        screen.Should().Contain("An wen denkst du?").And.Contain("Sicherheit zuerst").And.Contain($"1 von {quick.Items.Length}")
            .And.Contain(quick.Title).And.Contain("keine Diagnose").And.Contain("Ergebnis in einer Datei speichern");
    }

    /// <summary>The built program, run for real with the given environment (LANG and the like) and arguments.</summary>
    private (int Exit, string Output, string Error) RunProgram(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(TheProgram.Path) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();
#pragma warning disable xUnit1031 // the wait is on a pipe read, not on xUnit's context
        return (process.ExitCode, output, error.Result);
#pragma warning restore xUnit1031
    }

    /// <summary>A result saved by take --json, in German or English, completed <paramref name="daysAgo"/> days before a fixed day.</summary>
    private string SaveResult(string name, string assessmentId, Func<AssessmentItem, int> answer, string? culture = "de", int daysAgo = 0)
    {
        var assessment = DefaultContent.Catalog.GetAssessment(assessmentId);
        var answers = assessment.Items.Select(i => $"{i.Id},{(i.Scale is null ? DefaultContent.Catalog.GetResponseScale(assessment, i).Min : answer(i))}");
        string[] args = culture is null ? ["take", "--assessment", assessmentId, "--json"] : ["take", "--assessment", assessmentId, "--json", "--culture", culture];
        var (exit, output, error) = Run(args, stdin: string.Join("\n", answers));
        exit.Should().Be(ExitCodes.Success, error);
        var result = JObject.Parse(output);
        result["completedAt"] = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero).AddDays(-daysAgo).ToString("O", CultureInfo.InvariantCulture);
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, result.ToString());
        return path;
    }

    private string Listening(string name, bool first, string? culture = "de")
        => SaveResult(name, DefaultContent.ListeningCheckAssessmentId, first
            ? i => i.Id.StartsWith("self-", StringComparison.Ordinal) ? (i.Reverse ? 5 : 1) : 3
            : i => i.Id.StartsWith("other-", StringComparison.Ordinal) ? (i.Reverse ? 2 : 4) : 3, culture);

    private string Profile(string name, int level, int daysAgo, string? culture = "de")
        => SaveResult(name, DefaultContent.ProfileAssessmentId, i => i.Reverse ? 6 - level : level, culture, daysAgo);

    [Fact]
    public void Content_InGerman_FramesTheCatalogInGerman()
    {
        var exercises = Run(["content", "exercises", "--culture", "de"]);
        var exercise = Run(["content", "exercises", "their-week", "--culture", "de"]);
        var obstacle = Run(["content", "obstacles", "shame", "--culture", "de"]);
        var assessment = Run(["content", "assessments", "listening-check", "--culture", "de"]);

        exercises.Output.Should().Contain("Stufe").And.Contain("Minuten").And.Contain("schriftlich, allein").And.NotContain("Difficulty").And.NotContain("Mode");
        exercise.Output.Should().Contain("(their-week): Stufe 1, schriftlich, allein, 10 Minuten").And.Contain("Schritte:").And.NotContain("difficulty")
            .And.NotContain("Steps:");
        obstacle.Output.Should().Contain("Anzeichen:").And.Contain("Mögliche Ursprünge:").And.NotContain("Signs:").And.NotContain("Origins:");
        assessment.Output.Should().Contain("23 Aussagen, 2 Skalen; so formuliert für „Partnerin oder Partner“ (romantic).")
            .And.Contain("[safety-afraid; Sicherheit; often-5]").And.Contain("umgekehrt gepolt")
            .And.NotContain("statements, 2 scales").And.NotContain("as read for").And.NotContain("reverse-keyed");
        Run(["content", "obstacles", "nope", "--culture", "de"]).Should().Be((ExitCodes.Usage, string.Empty, "Fehler: content: Ein Hindernis 'nope' gibt es nicht.\n"));
    }

    [Fact]
    public void Compare_GermanResults_InGerman_NamesBothPeopleInGermanSentences()
    {
        var (exit, output, error) = Run(["compare", Listening("sam.json", first: true), Listening("alex.json", first: false), "--names", "Sam,Alex", "--culture", "de"]);

        exit.Should().Be(ExitCodes.Success, error);
        output.Should().Contain("Vergleicht eure Antworten nur dann gemeinsam, wenn ihr euch beide dabei sicher fühlt.")
            .And.Contain("„Volle Aufmerksamkeit“ bei Sam: von Sam mit 5 eingeschätzt, von Alex mit 2 (auf der Skala von 1 bis 5), ein Unterschied von 3.")
            .And.Contain("„Volle Aufmerksamkeit“ bei Alex: von euch beiden mit 3 eingeschätzt").And.Contain("Lücken in meinem Zuhören (Sam ")
            .And.Contain("keine Diagnose");
        output.Should().NotContain("Compare your answers together").And.NotContain("rated").And.NotContain("about Sam").And.NotContain("not a diagnosis");
    }

    [Fact]
    public void Compare_TheReportsSentences_FollowTheResultsLanguage_TheFrameThePersonsChoice()
    {
        var output = Run(["compare", Listening("sam.json", true, null), Listening("alex.json", false, null), "--names", "Sam,Alex", "--culture", "de"]).Output;
        var mixed = Run(["compare", Listening("de.json", true), Listening("en.json", false, null), "--culture", "de"]);

        output.Should().Contain("Vergleicht eure Antworten nur dann gemeinsam").And.Contain("Full attention, about Sam: rated 5 by Sam and 2 by Alex",
            "the behaviours compared are named in the language of the answers, as the sentences are");
        mixed.Should().Be((ExitCodes.Invalid, string.Empty, "Fehler: compare: Die Antworten von zwei Menschen werden nur verglichen, wenn beide in derselben "
            + "Sprache geantwortet haben, damit ihr dieselben Aussagen vergleicht; hier sind es de und en.\n"));
        ConsoleText.English.CompareSafetyNotice.Should().Be(DyadicReport.SafetyNotice, "the console's English words are the library's");
    }

    [Fact]
    public void Progress_GermanResults_InGerman_WithDecimalCommas()
    {
        var results = new[] { Profile("a.json", 4, daysAgo: 60), Profile("b.json", 3, daysAgo: 30), Profile("c.json", 2, daysAgo: 0) };

        var (exit, output, error) = Run(["progress", .. results, "--culture", "de"]);
        var tooFew = Run(["progress", results[0], "--culture", "de"]);

        exit.Should().Be(ExitCodes.Success, error);
        output.Should().Contain("Eine Rolle spielen: Dein Wert ist um 2 gesunken (von 4 über 3 auf 2), in die bessere Richtung; hier ist ein niedrigerer Wert besser.")
            .And.Contain("Ohne Normen für diese Skalen").And.Contain("keine Diagnose");
        output.Should().NotContain("went down").And.NotContain("lower is better").And.NotContain("Without norms");
        output.Split("Ohne Normen").Should().HaveCount(2, "the caveat is said once");
        tooFew.Should().Be((ExitCodes.Invalid, string.Empty, "Fehler: progress: Für einen Verlauf braucht es mindestens zwei Ergebnisse; angegeben: 1.\n"));
    }

    [Fact]
    public void Plan_InGerman_ShowsWeeksCheckInsAndTheCalendarInGerman()
    {
        var result = Profile("english.json", 5, daysAgo: 0, culture: null);
        var ics = Path.Combine(_folder, "plan.ics");

        var (exit, output, error) = Run(["plan", "--result", result, "--weeks", "2", "--ics", ics, "--culture", "de"]);
        var wrong = Run(["plan", "--result", result, "--weeks", "99", "--culture", "de"]);

        exit.Should().Be(ExitCodes.Success, error);
        output.Should().MatchRegex(@"\d{4}-\d{2}-\d{2}  Woche 1  .+ \(\d+ Min\.\)").And.Contain("Rückblick: „Profil der Nähe“ noch einmal ausfüllen (intimacy-profile)")
            .And.MatchRegex(@"\d+ Termine gespeichert unter plan\.ics\.");
        output.Should().NotContain("week 1").And.NotContain("check-in").And.NotContain("Saved");
        File.ReadAllText(ics).Should().StartWith("BEGIN:VCALENDAR");
        wrong.Should().Be((ExitCodes.Usage, string.Empty, "Fehler: plan: --weeks: 99 liegt nicht im Bereich [1-52].\n"));
    }

    [Fact]
    public void Validate_InGerman_SaysValidAndUnreadableInGerman()
    {
        var pack = Path.Combine(_folder, "pack.json");
        File.WriteAllText(pack, File.ReadAllText(Path.Combine(FindRoot(), "src", "IntimacyKit", "Packs", "intimacy-core.json")));
        var missing = Path.Combine(_folder, "missing.json");

        var (exit, output, error) = Run(["validate", pack, missing, "--culture", "de"]);

        exit.Should().Be(ExitCodes.Usage);
        output.Should().Be("pack.json: gültig (intimacy-core 2.0.0).\n");
        error.Should().Be($"Fehler: {missing}: Diese Datei gibt es nicht.\n");
    }

    [Fact]
    public void Score_AndAnalyze_InGerman_SummariseInGerman_WithNumbersForPeople()
    {
        var input = BatchCommandTests.QuickCheckCsv(_folder);

        var score = Run(["score", "--assessment", "intimacy-quick-check", "--input", input, "--output", Path.Combine(_folder, "scores.csv"), "--culture", "de"]);
        var analyze = Run(["analyze", "--assessment", "intimacy-quick-check", "--input", input, "--culture", "de"]);

        score.Output.Should().StartWith("5 Zeilen gelesen, 2 ausgewertet, 3 abgelehnt; scores.csv geschrieben.")
            .And.Contain("In 1 Zeile blieb eine Aussage zur Sicherheit unbeantwortet").And.Contain("Unter den abgelehnten Zeilen ist 1 Zeile ohne gültige Antwort");
        score.Output.Should().NotContain("rows read").And.NotContain("reason for care");
        File.ReadAllLines(Path.Combine(_folder, "scores.csv"))[1].Should().MatchRegex(@"^r\d,\d+(\.\d+)?,", "the file is data: invariant numbers");
        analyze.Output.Should().Contain("Itemanalyse von intimacy-quick-check").And.Contain("Alpha ohne Aussage").And.MatchRegex(@"mean \d,\d{3}")
            .And.NotContain("Item analysis").And.NotContain("Mean");
    }

    [Fact]
    public void Errors_InGerman_KeepIdsAndOptionNamesVerbatim()
    {
        var environment = new Dictionary<string, string> { ["LANG"] = "de_AT.UTF-8" };

        Run(["take", "--assessment", "nope"], environment).Should().Be((ExitCodes.Usage, string.Empty,
            "Fehler: --assessment: Einen Fragebogen 'nope' gibt es nicht. Bekannt sind: intimacy-profile, intimacy-quick-check, listening-check.\n"));
        Run(["plan", "--weeks", "x", "--result", "r.json"], environment).Error.Should().Be("Fehler: --weeks: 'x' ist keine ganze Zahl.\n");
        Run(["plan"], environment).Error.Should().Be("Fehler: --result fehlt; diese Option ist nötig.\n");
        Run(["take", "--culture", "de_DE"], environment).Error.Should().Be("Fehler: --culture: 'de_DE' ist kein Sprach-Tag; gib einen wie de, de-AT oder en an.\n");
        Run(["take"], environment, stdin: "q-shame,x\n").Error.Should().Be(
            "Fehler: Standardeingabe:1: 'x' ist nicht die Nummer einer Antwort; gib eine ganze Zahl wie 1 bis 5 an, nichts (überspringen) oder n/a.\n");
        Run(["take", "--assessment", "nope", "--culture", "en"], environment).Error.Should().StartWith("error: --assessment: no assessment 'nope'.");
    }

    [Fact]
    public void Help_InGerman_DescribesEveryCommandAndOptionInGerman()
    {
        var (exit, output, _) = Run(["--culture", "de", "--help"]);

        exit.Should().Be(ExitCodes.Success);
        output.Should().Contain("Einen Fragebogen ausfüllen").And.Contain("Den Katalog durchsehen").And.Contain("Hilfe und Informationen zum Aufruf anzeigen")
            .And.Contain("Exit-Codes: 0 fertig").And.Contain("Optionen:", "System.CommandLine's own German headings follow the person's choice");
        output.Should().NotContain("Take an assessment").And.NotContain("Show help and usage information").And.NotContain("Options:");
        output.Should().Contain("--assessment").And.Contain("--relationship").And.Contain("take").And.Contain("compare", "names stay as they are typed");
    }

    [Fact]
    public void TheRealProgram_WithAGermanLang_GivesGermanHelp_AndReadsNumbersAsTyped()
    {
        var german = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8" };
        var input = BatchCommandTests.QuickCheckCsv(_folder);

        var help = RunProgram(german, "take", "--help");
        var english = RunProgram(new Dictionary<string, string> { ["LANG"] = "C.UTF-8" }, "take", "--help");
        var analyze = RunProgram(german, "analyze", "--assessment", "intimacy-quick-check", "--input", input, "--min-alpha", "0.7", "--json");

        help.Exit.Should().Be(ExitCodes.Success);
        help.Output.Should().Contain("Einen Fragebogen ausfüllen").And.Contain("Der Fragebogen, den du ausfüllst").And.NotContain("Take an assessment");
        english.Output.Should().Contain("Take an assessment").And.Contain("Usage:").And.NotContain("Nutzung:");
        analyze.Error.Should().NotContain("--min-alpha", "0.7 is read as 0.7 whatever the locale, not as 7");
        JObject.Parse(analyze.Output)["scales"]!.Should().NotBeEmpty();
    }

    [Fact]
    public void Json_InGerman_IsTheEnglishJson_ButForContentText()
    {
        var answers = Answers(4);
        var german = JObject.Parse(Run(["take", "--assessment", "intimacy-profile", "--answers", answers, "--json", "--culture", "de"]).Output);
        var english = JObject.Parse(Run(["take", "--assessment", "intimacy-profile", "--answers", answers, "--json"]).Output);
        var input = BatchCommandTests.QuickCheckCsv(_folder);
        var analysisDe = JObject.Parse(Run(["analyze", "--assessment", "intimacy-quick-check", "--input", input, "--json", "--culture", "de"]).Output);
        var analysisEn = JObject.Parse(Run(["analyze", "--assessment", "intimacy-quick-check", "--input", input, "--json"]).Output);

        Differences(german, english).Should().BeEmpty("only content text differs (a draft shows no bands: band and bands are left out)");
        Differences(analysisDe, analysisEn).Should().BeEmpty();
        german.SelectToken("$.scales[0].title")!.Value<string>().Should().NotBe(english.SelectToken("$.scales[0].title")!.Value<string>());
    }

    /// <summary>Where two result documents differ other than in content text, in the culture they record, or in the bands a draft leaves out.</summary>
    private static List<string> Differences(JToken german, JToken english)
    {
        string[] text = ["title", "disclaimer", "concern", "urgent", "privacy", "protective", "summary", "steps", "explanation", "rule", "description"];
        string[] language = ["culture", "showsBands", "completedAt", "band", "bands"];
        var found = new List<string>();
        void Walk(JToken? de, JToken? en, string name)
        {
            if (language.Contains(name))
            {
                return;
            }

            if (de is JObject a && en is JObject b)
            {
                foreach (var property in a.Properties().Select(static p => p.Name).Union(b.Properties().Select(static p => p.Name)))
                {
                    Walk(a[property], b[property], property);
                }
            }
            else if (de is JArray x && en is JArray y && x.Count == y.Count)
            {
                for (var i = 0; i < x.Count; i++)
                {
                    Walk(x[i], y[i], name);
                }
            }
            else if (!JToken.DeepEquals(de, en) && !(text.Contains(name) && de?.Type == JTokenType.String && en?.Type == JTokenType.String))
            {
                found.Add($"{de?.Path ?? en?.Path}: {de} / {en}");
            }
        }

        Walk(german, english, string.Empty);
        return found;
    }

    [Fact]
    public void EveryWord_HasAGermanTranslation_WithTheSamePlaceholders()
    {
        var words = typeof(ConsoleText).GetProperties().Where(static p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0).ToList();
        var german = new ConsoleText(CultureInfo.GetCultureInfo("de"));
        var resources = new System.Resources.ResourceManager("IntimacyKit.Samples.Console.Resources.ConsoleText", typeof(ConsoleText).Assembly);
        var germanOnly = resources.GetResourceSet(CultureInfo.GetCultureInfo("de"), createIfNotExists: true, tryParents: false)!;
        string[] same = ["ColumnId", "ColumnVersion", "No"];

        words.Should().HaveCountGreaterThan(150);
        foreach (var word in words)
        {
            var (en, de) = ((string)word.GetValue(ConsoleText.English)!, (string)word.GetValue(german)!);
            resources.GetString(word.Name, CultureInfo.InvariantCulture).Should().NotBeNull($"{word.Name} is in ConsoleText.resx");
            germanOnly.GetString(word.Name).Should().NotBeNull($"{word.Name} is in ConsoleText.de.resx");
            if (!same.Contains(word.Name))
            {
                de.Should().NotBe(en, $"{word.Name} is translated in ConsoleText.de.resx");
            }

            Placeholders().Matches(de).Select(static m => m.Value).Distinct().Order(StringComparer.Ordinal).Should().BeSubsetOf(
                Placeholders().Matches(en).Select(static m => m.Value), $"{word.Name} formats the same values in German");
        }
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholders();

    private static string FindRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "IntimacyKit.sln")))
        {
            folder = Path.GetDirectoryName(folder)!;
        }

        return folder;
    }
}
