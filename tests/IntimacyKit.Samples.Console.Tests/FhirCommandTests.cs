using IntimacyKit.Content;
using IntimacyKit.Recommendations;
using IntimacyKit.Samples.Console.Commands;
using IntimacyKit.Scoring;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Spectre.Console.Testing;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>
/// intimacykit fhir export | import-response | import-questionnaire, in-process (the JIT build runs them itself; the
/// native build hands them to the framework-dependent build it carries, which <see cref="NativeToolTests"/> runs). Every
/// JSON output is read by a strict parser.
/// </summary>
public sealed class FhirCommandTests : IDisposable
{
    private static readonly string Phq9 = Path.Combine(Repository.Root, "tests", "IntimacyKit.Fhir.Tests", "Fixtures", "phq9-sdc-example.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-fhir-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var console = new TestConsole().Width(400);
        console.Profile.Capabilities.Interactive = false;
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().AddRecommendations(new DefaultRecommender()).Build(DefaultContent.Catalog);
        var error = new StringWriter();
        var exit = new ConsoleApp(DefaultContent.Catalog, pipeline, console).Run(args, new StringReader(string.Empty), true, error);
        return (exit, console.Output, error.ToString());
    }

    /// <summary>Strict JSON: one value, no trailing text, no duplicate properties.</summary>
    private static JObject Strict(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        var value = JObject.Load(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        reader.Read().Should().BeFalse("nothing may follow the JSON");
        return value;
    }

    private string Save(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Export_PrintsAnSdcQuestionnaire_WordedForTheRelationship()
    {
        var (exit, output, error) = Run("fhir", "export", "--assessment", "intimacy-quick-check", "--relationship", "friendship");

        exit.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        var questionnaire = Strict(output);
        questionnaire["resourceType"]!.Value<string>().Should().Be("Questionnaire");
        questionnaire["url"]!.Value<string>().Should().Be("http://intimacykit.invalid/fhir/Questionnaire/intimacy-core.intimacy-quick-check");
        questionnaire["item"]![0]!["linkId"]!.Value<string>().Should().Be("safety", "the safety statements come first");
        questionnaire.SelectTokens("$..item[?(@.linkId == 'q-shame')].text").Single().Value<string>().Should().Contain("my friend");
    }

    [Fact]
    public void ImportResponse_ToAnExportedAssessment_GivesTheResultTakeGivesForTheSameAnswers()
    {
        var random = new Random(19);
        foreach (var kind in DefaultContent.Catalog.RelationshipKinds)
        {
            var assessment = DefaultContent.Catalog.GetAssessment("intimacy-profile");
            var questionnaire = Save($"q-{kind.Id}.json", Run("fhir", "export", "--assessment", assessment.Id, "--relationship", kind.Id).Output);
            var answers = assessment.Items.ToDictionary(static i => i.Id, i => (int?)random.Next(1, 6));
            foreach (var item in assessment.Items.Where(static i => i.Id.StartsWith("safety-", StringComparison.Ordinal)))
            {
                answers[item.Id] = DefaultContent.Catalog.GetResponseScale(assessment, item).Min; // no flag: the result screen in full
            }

            var response = Save($"r-{kind.Id}.json", Response(Strict(File.ReadAllText(questionnaire)), answers).ToString());
            var take = Save($"a-{kind.Id}.json", new JObject(answers.Select(static a => new JProperty(a.Key, a.Value))).ToString());

            var imported = Run("fhir", "import-response", questionnaire, response, "--json");
            var taken = Run("take", "--assessment", assessment.Id, "--relationship", kind.Id, "--answers", take, "--json");

            imported.Exit.Should().Be(taken.Exit);
            imported.Error.Should().Be(taken.Error);
            var (fromFhir, direct) = (Strict(imported.Output), Strict(taken.Output));
            fromFhir["relationshipKind"]!.Value<string>().Should().Be(kind.Id, "the relationship the questionnaire was worded for");
            fromFhir.Remove("completedAt");
            direct.Remove("completedAt");
            fromFhir.Should().BeEquivalentTo(direct);
        }
    }

    [Fact]
    public void ImportResponse_ToAnExportedAssessment_ShowsTheResultScreenSafetyFirst()
    {
        var questionnaire = Save("q.json", Run("fhir", "export", "--assessment", "intimacy-quick-check").Output);
        var answers = DefaultContent.Catalog.GetAssessment("intimacy-quick-check").Items.ToDictionary(static i => i.Id, static _ => (int?)null);
        answers["safety-afraid"] = 5;
        answers["q-shame"] = 2;

        var (exit, output, _) = Run("fhir", "import-response", questionnaire, Save("r.json", Response(Strict(File.ReadAllText(questionnaire)), answers).ToString()));

        exit.Should().Be(ExitCodes.Success);
        output.IndexOf("Support first", StringComparison.Ordinal).Should().BeGreaterThanOrEqualTo(0)
            .And.BeLessThan(output.IndexOf("Intimacy quick check", StringComparison.Ordinal));
        output.Should().Contain("not a diagnosis");
    }

    [Fact]
    public void ImportResponse_ThePhq9InItsOwnCodes_ShowsItsTotal_AndThatNoAnswerWasCheckedForSafety()
    {
        string[] codes = ["Not-at-all", "Several-days", "More than half the days", "Nearly every day"];
        var items = new JArray(Enumerable.Range(1, 9).Select(i => new JObject
        {
            ["linkId"] = $"H1/T1/Q{i}",
            ["answer"] = new JArray(new JObject { ["valueCoding"] = new JObject { ["system"] = "http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9", ["code"] = codes[i % 4] } }),
        }));
        var response = Save("phq9-response.json", new JObject
        {
            ["resourceType"] = "QuestionnaireResponse",
            ["status"] = "completed",
            ["questionnaire"] = "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9|2.8.0",
            ["item"] = new JArray(new JObject { ["linkId"] = "H1/T1", ["item"] = items }),
        }.ToString());

        var (exit, output, error) = Run("fhir", "import-response", Phq9, response);
        var json = Run("fhir", "import-response", Phq9, response, "--json");

        exit.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        json.Error.Should().StartWith("note: no answer was checked for safety");
        output.Should().Contain("Patient Health Questionnaire - 9 Item").And.Contain("Total score: 13").And.Contain("no answer was checked for risk")
            .And.NotContain("no band").And.NotContain("Something to try");
        output.Should().Contain("Thoughts that you would be better off dead").And.Contain("Several days", "every answer is shown with its question");
        output.IndexOf("A crisis line", StringComparison.Ordinal).Should().BeGreaterThan(0)
            .And.BeLessThan(output.IndexOf("Total score", StringComparison.Ordinal), "the kinds of help come before the total");
        Strict(json.Output)["scales"]![0]!["value"]!.Value<decimal>().Should().Be(13m, "1+2+3+0+1+2+3+0+1");
    }

    [Fact]
    public void ImportResponse_AnswersToAnotherQuestionnaire_OneProblemWithItsPath()
    {
        var questionnaire = Save("q.json", Run("fhir", "export", "--assessment", "intimacy-quick-check").Output);
        var response = Save("r.json", """{"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "http://example.org/Questionnaire/x|1"}""");

        var kit = Run("fhir", "import-response", questionnaire, response);
        var imported = Run("fhir", "import-response", Phq9, response);

        kit.Exit.Should().Be(ExitCodes.Invalid);
        kit.Output.Should().BeEmpty();
        kit.Error.Should().Be("error: r.json: QuestionnaireResponse.questionnaire: 'http://example.org/Questionnaire/x|1' does not answer q.json "
            + "(http://intimacykit.invalid/fhir/Questionnaire/intimacy-core.intimacy-quick-check)." + Environment.NewLine);
        imported.Exit.Should().Be(ExitCodes.Invalid);
        imported.Error.Should().StartWith("error: r.json: QuestionnaireResponse.questionnaire: 'http://example.org/Questionnaire/x' is not ")
            .And.Subject.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public void ImportResponse_BadFiles_AreClearErrors()
    {
        var questionnaire = Save("q.json", Run("fhir", "export", "--assessment", "intimacy-quick-check").Output);
        var patient = Save("patient.json", """{"resourceType": "Patient", "id": "p"}""");
        var large = Save("large.json", new string(' ', 2 * 1024 * 1024));

        Run("fhir", "import-response", questionnaire, Path.Combine(_folder, "missing.json")).Should().Be(
            (ExitCodes.Usage, string.Empty, $"error: {Path.Combine(_folder, "missing.json")}: no such file.{Environment.NewLine}"));
        var wrongType = Run("fhir", "import-response", questionnaire, patient);
        wrongType.Exit.Should().Be(ExitCodes.Invalid);
        wrongType.Error.Should().StartWith("error: patient.json: ").And.Contain("QuestionnaireResponse");
        var tooLarge = Run("fhir", "import-response", questionnaire, large);
        tooLarge.Exit.Should().Be(ExitCodes.Invalid);
        tooLarge.Error.Should().Contain("large.json: is over 1048576 bytes; a FHIR resource is read up to 1048576 bytes.");
        Run("fhir", "import-response", questionnaire).Error.Should().Contain("response");
        Run("fhir", "import-response", questionnaire, "/dev/zero").Error.Should().Contain("zero: is over 1048576 bytes", "a device has no length to check first");
        var answers = DefaultContent.Catalog.GetAssessment("intimacy-quick-check").Items.ToDictionary(static i => i.Id, static _ => (int?)1);
        var response = Save("r.json", Response(Strict(File.ReadAllText(questionnaire)), answers).ToString());
        Run("fhir", "import-response", questionnaire, response, "--relationship", "spouse").Should().Be(
            (ExitCodes.Usage, string.Empty, "error: --relationship: no relationship kind 'spouse'. Known: romantic, sibling, parent-child, child-parent, friendship."
                + Environment.NewLine));
    }

    [Fact]
    public void ImportQuestionnaire_ThePhq9_PrintsAPackThatValidatesAndScores()
    {
        var (exit, output, error) = Run("fhir", "import-questionnaire", Phq9);

        exit.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        var pack = Save("phq9-pack.json", output);
        Strict(output)["assessments"]![0]!["items"]!.Should().HaveCount(9);
        Run("validate", pack).Should().Be((ExitCodes.Success, "phq9-pack.json: valid (sdc-phq-9 1.0.0)." + Environment.NewLine, string.Empty));
        var answers = Save("answers.csv", string.Join('\n', Enumerable.Range(1, 9).Select(static i => $"h1-t1-q{i},2")));
        var scored = Strict(Run("take", "--pack", pack, "--assessment", "sdc-phq-9", "--relationship", "self", "--answers", answers, "--json").Output);
        scored["scales"]![0]!["value"]!.Value<decimal>().Should().Be(18m);
    }

    [Fact]
    public void ImportQuestionnaire_ItemsWithoutWeights_AreNamedOnStandardError_AndLeftOut()
    {
        var questionnaire = JObject.Parse(File.ReadAllText(Phq9));
        questionnaire["item"]![0]!["item"]![2]!["answerValueSet"] = "#missing";

        var (exit, output, error) = Run("fhir", "import-questionnaire", Save("phq9-partial.json", questionnaire.ToString()));

        exit.Should().Be(ExitCodes.Success);
        error.Should().Be("warning: phq9-partial.json: Questionnaire.item[0].item[2]: Item 'H1/T1/Q3' has answers without weights (ordinalValue or itemWeight): "
            + "it is left out of the total, not guessed." + Environment.NewLine);
        Strict(output)["assessments"]![0]!["items"]!.Should().HaveCount(8);
    }

    [Fact]
    public void ImportQuestionnaire_NotAQuestionnaire_IsAnErrorWithItsPath()
    {
        var (exit, output, error) = Run("fhir", "import-questionnaire", Save("not.json", """{"resourceType": "Patient", "id": "p"}"""));

        exit.Should().Be(ExitCodes.Invalid);
        output.Should().BeEmpty();
        error.Should().StartWith("error: not.json: ").And.Contain("Questionnaire");
    }

    [Fact]
    public void TheNativeBuild_WithoutItsCompanion_SaysWhy_InOneLine()
    {
        var error = new StringWriter();

        var exit = FhirCompanion.Run(["fhir", "export"], error, _folder, static _ => null, ConsoleText.English);

        exit.Should().Be(ExitCodes.Unavailable);
        error.ToString().Should().StartWith("error: fhir: this build of intimacykit has no FHIR commands beside it").And.Subject.Split('\n').Should().HaveCount(2);
    }

    [Fact]
    public void TheNativeBuild_FindsDotnet_TheCliHostFirst_ThenDotnetRoot_ThenPath()
    {
        var host = Path.Combine(_folder, "host", "dotnet");
        var root = Path.Combine(_folder, "root", "dotnet");
        var onPath = Path.Combine(_folder, "bin", "dotnet");
        foreach (var file in new[] { host, root, onPath })
        {
            Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(file)!, "shared", "Microsoft.NETCore.App", "10.0.12"));
            File.WriteAllText(file, string.Empty);
        }

        // A host without the .NET 10 runtime beside it is passed over: it would fail in several lines.
        var old = Path.Combine(_folder, "old", "dotnet");
        Directory.CreateDirectory(Path.Combine(_folder, "old", "shared", "Microsoft.NETCore.App", "8.0.0"));
        File.WriteAllText(old, string.Empty);

        var environment = new Dictionary<string, string>
        {
            ["DOTNET_HOST_PATH"] = host,
            ["DOTNET_ROOT"] = Path.GetDirectoryName(root)!,
            ["PATH"] = string.Join(Path.PathSeparator, Path.Combine(_folder, "none"), Path.GetDirectoryName(old), Path.GetDirectoryName(onPath)),
        };

        FhirCompanion.Dotnet(environment.GetValueOrDefault).Should().Be(host);
        environment.Remove("DOTNET_HOST_PATH");
        FhirCompanion.Dotnet(environment.GetValueOrDefault).Should().Be(root);
        environment.Remove("DOTNET_ROOT");
        FhirCompanion.Dotnet(environment.GetValueOrDefault).Should().Be(onPath);
    }

    /// <summary>A QuestionnaireResponse to an exported questionnaire: each answer as the coding of its item's first option's system.</summary>
    internal static JObject Response(JObject questionnaire, IReadOnlyDictionary<string, int?> answers)
    {
        JArray Items(JToken items) => new(items.Children<JObject>()
            .Where(static i => i["readOnly"]?.Value<bool>() != true && i["type"]!.Value<string>() is "group" or "choice")
            .Select(i => i["type"]!.Value<string>() == "group"
                ? new JObject { ["linkId"] = i["linkId"], ["item"] = Items(i["item"]!) }
                : answers.TryGetValue(i["linkId"]!.Value<string>()!, out var value) && value is { } v
                    ? new JObject
                    {
                        ["linkId"] = i["linkId"],
                        ["answer"] = new JArray(new JObject
                        {
                            ["valueCoding"] = new JObject { ["system"] = i["answerOption"]![0]!["valueCoding"]!["system"], ["code"] = v.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                        }),
                    }
                    : new JObject { ["linkId"] = i["linkId"] }));

        return new JObject
        {
            ["resourceType"] = "QuestionnaireResponse",
            ["status"] = "completed",
            ["questionnaire"] = $"{questionnaire["url"]}|{questionnaire["version"]}",
            ["authored"] = "2026-11-30T12:00:00Z",
            ["item"] = Items(questionnaire["item"]!),
        };
    }
}
