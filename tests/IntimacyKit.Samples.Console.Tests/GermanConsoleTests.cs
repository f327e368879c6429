using IntimacyKit.Content;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using Newtonsoft.Json.Linq;
using Spectre.Console.Testing;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>
/// The console in German: <c>--culture de</c> (any command) or LANG, content from the German translation of the default
/// pack and the console's own words from its resources; the same scores as in English, and no bands from a draft.
/// </summary>
public sealed class GermanConsoleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-de-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(string[] args, IReadOnlyDictionary<string, string>? environment = null, string stdin = "")
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
            .And.Contain("Vorgeschlagen zu „").And.Contain("Minuten").And.Contain("Wie jeder Wert berechnet wurde");
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
}
