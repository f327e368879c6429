using System.Text.Json.Nodes;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Fhir.Tests;

/// <summary>
/// The HL7 SDC example PHQ-9 (Fixtures/README.md) imported as content: its nine weighted items become one sum scale,
/// which scores any set of answers to the total its own calculated expression, <c>answers().sum(value.ordinal())</c>,
/// gives; items without weights are reported, not guessed.
/// </summary>
public class FhirQuestionnaireImportTests
{
    private static readonly string Phq9 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "phq9-sdc-example.json"));

    [Fact]
    public void ThePhq9_ScoresEveryAnswerSetToTheTotalOfItsOwnCalculatedExpression()
    {
        var imported = FhirQuestionnaireImporter.ReadJson(Phq9);

        imported.Problems.Should().BeEmpty();
        var pack = imported.Value!;
        var assessment = pack.Assessments.Single();
        assessment.Items.Should().HaveCount(9);
        assessment.Scales.Single().Aggregation.Should().Be(Aggregation.Sum);
        var catalog = new ContentCatalog(pack);
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);

        // The weights as the questionnaire declares them, read from its contained value set, not through the importer.
        var concepts = JsonNode.Parse(Phq9)!["contained"]![0]!["compose"]!["include"]![0]!["concept"]!.AsArray()
            .Select(static c => (Code: (string)c!["code"]!, Ordinal: (decimal)c!["extension"]![0]!["valueDecimal"]!)).ToList();
        var random = new Random(9);
        for (var set = 0; set < 200; set++)
        {
            var chosen = assessment.Items.Select(_ => concepts[random.Next(concepts.Count)]).ToList();
            var expected = chosen.Sum(static c => c.Ordinal);
            var response = AssessmentResponse.For(assessment, "self");
            for (var i = 0; i < chosen.Count; i++)
            {
                response.Answer(assessment.Items[i].Id, (int)chosen[i].Ordinal);
            }

            var total = pipeline.Score(response.Build(TimeProvider.System)).GetScore(FhirQuestionnaireImporter.TotalScaleId).Value;
            ((decimal?)total).Should().Be(expected);
        }
    }

    [Fact]
    public void AnItemWithoutWeights_IsReportedAndLeftOut_NotGuessed()
    {
        var json = JsonNode.Parse(Phq9)!;
        json["item"]![0]!["item"]![2]!["answerValueSet"] = "#missing";

        var imported = FhirQuestionnaireImporter.ReadJson(json.ToJsonString());

        imported.Succeeded.Should().BeTrue();
        imported.Value!.Assessments.Single().Items.Should().HaveCount(8, "the item without weights is left out of the total");
        imported.Warnings.Should().ContainSingle(static p => p.Path == "Questionnaire.item[0].item[2]" && p.Message.Contains("without weights", StringComparison.Ordinal));
    }

    [Fact]
    public void WithNoWeightedItemAtAll_NothingIsMade_AndEveryItemIsNamed()
    {
        var json = JsonNode.Parse(Phq9)!;
        json["contained"]![0]!["id"] = "renamed";

        var imported = FhirQuestionnaireImporter.ReadJson(json.ToJsonString());

        imported.Succeeded.Should().BeFalse();
        imported.Problems.Count(static p => p.Message.Contains("without weights", StringComparison.Ordinal)).Should().Be(9);
    }

    [Fact]
    public void AQuestionnaireWithoutWeightedChoices_IsAProblem()
    {
        var imported = FhirQuestionnaireImporter.ReadJson("""{"resourceType": "Questionnaire", "status": "active", "item": [{"linkId": "a", "type": "string", "text": "Name"}]}""");

        imported.Problems.Should().ContainSingle(static p => p.Message.Contains("nothing to score", StringComparison.Ordinal));
    }

    private static readonly string[] Phq9Codes = ["Not-at-all", "Several-days", "More than half the days", "Nearly every day"];

    /// <summary>A response to the PHQ-9 in its own codes, nested in its group, with its calculated total answered too.</summary>
    private static JsonObject Phq9Response(IReadOnlyList<string?> codes)
    {
        var items = new JsonArray();
        for (var i = 0; i < codes.Count; i++)
        {
            var item = new JsonObject { ["linkId"] = $"H1/T1/Q{i + 1}" };
            if (codes[i] is { } code)
            {
                item["answer"] = new JsonArray(new JsonObject
                {
                    ["valueCoding"] = new JsonObject { ["system"] = "http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9", ["code"] = code },
                });
            }

            items.Add(item);
        }

        return new JsonObject
        {
            ["resourceType"] = "QuestionnaireResponse",
            ["status"] = "completed",
            ["questionnaire"] = "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9|2.8.0",
            ["authored"] = "2026-11-30T09:30:00+01:00",
            ["item"] = new JsonArray(
                new JsonObject { ["linkId"] = "H1/T1", ["item"] = items },
                new JsonObject { ["linkId"] = "H1/TS", ["answer"] = new JsonArray(new JsonObject { ["valueQuantity"] = new JsonObject { ["value"] = 99 } }) }),
        };
    }

    [Fact]
    public void APhq9ResponseInItsOwnCodes_ScoresToTheSumOfTheOrdinalsItsAnswersCarry()
    {
        var pack = FhirQuestionnaireImporter.ReadJson(Phq9).Value!;
        var catalog = new ContentCatalog(pack);
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var random = new Random(19);
        for (var set = 0; set < 200; set++)
        {
            var chosen = Enumerable.Range(0, 9).Select(_ => random.Next(Phq9Codes.Length)).ToList();

            var read = FhirQuestionnaireImporter.ReadResponseJson(Phq9, Phq9Response([.. chosen.Select(static c => Phq9Codes[c])]).ToJsonString());

            read.Problems.Should().BeEmpty();
            read.Warnings.Should().BeEmpty("the calculated total is not a choice: its answer is simply not scored");
            read.Value!.RelationshipKind.Should().Be("self");
            read.Value.CompletedAt.Should().Be(new DateTimeOffset(2026, 11, 30, 8, 30, 0, TimeSpan.Zero));
            var total = pipeline.Score(read.Value).GetScore(FhirQuestionnaireImporter.TotalScaleId).Value;
            ((decimal?)total).Should().Be(chosen.Sum(), "the PHQ-9's ordinals run 0 to 3 in the order of its codes");
        }
    }

    [Fact]
    public void APhq9ResponseWithAQuestionLeftOpen_HasThatStatementSkipped_AndNoTotal()
    {
        var read = FhirQuestionnaireImporter.ReadJson(Phq9).Value!;
        var catalog = new ContentCatalog(read);
        var response = FhirQuestionnaireImporter.ReadResponseJson(Phq9, Phq9Response(["Not-at-all", null, .. Enumerable.Repeat("Several-days", 7)]).ToJsonString());

        response.Value!.Answers.Should().Contain(static a => a.ItemId == "h1-t1-q2" && a.IsSkipped);
        new ScoringPipelineBuilder().AddDefaultStages().Build(catalog).Score(response.Value).GetScore(FhirQuestionnaireImporter.TotalScaleId).Value
            .Should().BeNull("the PHQ-9's total needs every item");
    }

    [Fact]
    public void APhq9Response_WithWrongCodesOrLinkIds_GivesEachProblemWithItsPath()
    {
        var json = Phq9Response(["Always", .. Enumerable.Repeat("Several-days", 8)]);
        json["item"]![0]!["item"]![4]!["linkId"] = "H1/T1/Q55";
        json["item"]![0]!["item"]![5]!["answer"]!.AsArray().Add(new JsonObject { ["valueCoding"] = new JsonObject { ["code"] = "Not-at-all" } });
        json["item"]![0]!["item"]![6]!["answer"]![0]!["valueCoding"]!["system"] = "http://example.org/other";

        var read = FhirQuestionnaireImporter.ReadResponseJson(Phq9, json.ToJsonString());

        read.Succeeded.Should().BeFalse();
        read.Problems.Select(static p => p.Path).Should().Equal(
            "QuestionnaireResponse.item[0].item[0].answer[0]",
            "QuestionnaireResponse.item[0].item[4].linkId",
            "QuestionnaireResponse.item[0].item[5].answer",
            "QuestionnaireResponse.item[0].item[6].answer[0]");
        read.Problems[0].Message.Should().Contain("'http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9|Always'").And.Contain("allowed 'Not-at-all', 'Several-days'");
    }

    [Fact]
    public void AResponseWithoutASystem_MatchesTheQuestionnairesCodes()
    {
        var json = Phq9Response([.. Enumerable.Repeat("Nearly every day", 9)]);
        foreach (var item in json["item"]![0]!["item"]!.AsArray())
        {
            item!["answer"]![0]!["valueCoding"]!.AsObject().Remove("system");
        }

        var read = FhirQuestionnaireImporter.ReadResponseJson(Phq9, json.ToJsonString());

        read.Value!.Answers.Should().HaveCount(9).And.OnlyContain(static a => a.Value == 3);
    }

    [Theory]
    [InlineData("http://example.org/Questionnaire/other|1", "is not http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9")]
    [InlineData("http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9|1.0", "Answers to version '1.0'")]
    [InlineData(null, "Missing")]
    public void AResponseToAnotherQuestionnaireOrVersion_IsOneProblem(string? canonical, string message)
    {
        var json = Phq9Response([.. Enumerable.Repeat("Not-at-all", 9)]);
        if (canonical is null)
        {
            json.Remove("questionnaire");
        }
        else
        {
            json["questionnaire"] = canonical;
        }

        var read = FhirQuestionnaireImporter.ReadResponseJson(Phq9, json.ToJsonString());

        read.Problems.Should().ContainSingle().Which.Should().Match<FhirProblem>(p => p.Path == "QuestionnaireResponse.questionnaire" && p.Message.Contains(message));
    }

    [Fact]
    public void AnAnswerToAChoiceWithoutWeights_IsAWarning_AndNotScored()
    {
        var questionnaire = JsonNode.Parse(Phq9)!;
        questionnaire["item"]![0]!["item"]![2]!["answerValueSet"] = "#missing";

        var read = FhirQuestionnaireImporter.ReadResponseJson(questionnaire.ToJsonString(), Phq9Response([.. Enumerable.Repeat("Several-days", 9)]).ToJsonString());

        read.Succeeded.Should().BeTrue();
        read.Value!.Answers.Should().HaveCount(8);
        read.Warnings.Should().ContainSingle(static w => w.Path == "QuestionnaireResponse.item[0].item[2].answer" && w.Message.Contains("not scored"));
    }

    [Fact]
    public void IntegerAndStringOptions_AreMatchedByTheirValues()
    {
        const string Questionnaire = """
            {"resourceType": "Questionnaire", "status": "active", "url": "http://example.org/Questionnaire/mood", "item": [
              {"linkId": "a", "type": "choice", "text": "A", "answerOption": [
                {"valueInteger": 10, "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 0}]},
                {"valueInteger": 20, "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 1}]}]},
              {"linkId": "b", "type": "choice", "text": "B", "answerOption": [
                {"valueString": "no", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 0}]},
                {"valueString": "yes", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 1}]}]}]}
            """;
        const string Response = """
            {"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "http://example.org/Questionnaire/mood",
             "item": [{"linkId": "a", "answer": [{"valueInteger": 20}]}, {"linkId": "b", "answer": [{"valueString": "no"}]}]}
            """;

        var read = FhirQuestionnaireImporter.ReadResponseJson(Questionnaire, Response);

        read.Problems.Should().BeEmpty();
        read.Value!.Answers.Select(static a => (a.ItemId, a.Value)).Should().Equal(("a", 1), ("b", 0));
        FhirQuestionnaireImporter.ReadResponseJson(Questionnaire, Response.Replace("20", "30", StringComparison.Ordinal)).Problems
            .Should().ContainSingle(static p => p.Path == "QuestionnaireResponse.item[0].answer[0]" && p.Message.Contains("'30'"));
    }

    [Fact]
    public void AnImportedQuestionnaire_SaysWithEveryResultThatNoAnswerWasCheckedForSafety()
    {
        var pack = FhirQuestionnaireImporter.ReadJson(Phq9).Value!;

        pack.Notices.Disclaimer.Should().Contain("not a diagnosis").And.Contain("no answer was checked for risk");
    }

    [Fact]
    public void AnImportedQuestionnaire_HasItsStemAsInstructions_AndKindsOfHelp()
    {
        var pack = FhirQuestionnaireImporter.ReadJson(Phq9).Value!;

        pack.Assessments[0].Instructions.Should().StartWith("Over the last two weeks");
        pack.SupportResources.Select(static r => r.Kind).Should().Contain(["crisis-line", "emergency-services"]);
        pack.Provenance.Should().Be("Imported from the FHIR Questionnaire http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9|2.8.0.");
    }

    [Theory]
    [InlineData("3000000000", "3000000001", "beyond")]
    [InlineData("-1", "0", null)]
    public void HugeOrNegativeWeights_AreProblemsOrImport_NeverExceptions(string low, string high, string? problem)
    {
        var json = $$"""
            {"resourceType": "Questionnaire", "status": "active", "url": "http://example.org/Questionnaire/w", "item": [
              {"linkId": "a", "type": "choice", "text": "A", "answerOption": [
                {"valueString": "x", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": {{low}}}]},
                {"valueString": "y", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": {{high}}}]}]},
              {"linkId": "b", "type": "choice", "text": "B", "answerOption": [
                {"valueString": "x", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": {{low}}}]},
                {"valueString": "y", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": {{high}}}]}]}]}
            """;

        var imported = FhirQuestionnaireImporter.ReadJson(json);

        if (problem is null)
        {
            imported.Problems.Should().BeEmpty();
            imported.Value!.ResponseScales.Single().Min.Should().Be(-1);
        }
        else
        {
            imported.Succeeded.Should().BeFalse();
            imported.Problems.Should().Contain(p => p.Message.Contains(problem));
        }
    }

    [Fact]
    public void OptionsWithoutCodes_AreLeftOut_AndSaid()
    {
        const string Json = """
            {"resourceType": "Questionnaire", "status": "active", "url": "http://example.org/Questionnaire/c", "item": [
              {"linkId": "a", "type": "choice", "text": "A", "answerOption": [
                {"valueCoding": {"display": "No"}, "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 0}]},
                {"valueCoding": {"display": "Yes"}, "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 1}]}]}]}
            """;

        var imported = FhirQuestionnaireImporter.ReadJson(Json);

        imported.Succeeded.Should().BeFalse();
        imported.Problems.Should().Contain(static p => p.Message.Contains("without a code"));
    }

    [Fact]
    public void TheQuestionnairesOwnWarnings_ComeWithTheResponse()
    {
        var questionnaire = JsonNode.Parse(Phq9)!;
        questionnaire["item"]![0]!["item"]![8]!["answerValueSet"] = "#missing";
        var response = Phq9Response([.. Enumerable.Repeat("Not-at-all", 8)]);

        var read = FhirQuestionnaireImporter.ReadResponseJson(questionnaire.ToJsonString(), response.ToJsonString());

        read.Warnings.Should().Contain(static w => w.Path == "Questionnaire.item[0].item[8]", "a question left out of the total is said with every response");
    }

    [Fact]
    public void AResponseWithAnotherValueType_SaysWhatTypeItShouldBe()
    {
        var json = Phq9Response([.. Enumerable.Repeat("Not-at-all", 9)]);
        json["item"]![0]!["item"]![0]!["answer"]![0] = new JsonObject { ["valueString"] = "Not-at-all" };

        var read = FhirQuestionnaireImporter.ReadResponseJson(Phq9, json.ToJsonString());

        read.Problems.Should().ContainSingle(static p => p.Message.StartsWith("Should be a valueCoding", StringComparison.Ordinal));
    }

    [Fact]
    public void HostileResponses_GiveProblems_NeverExceptions()
    {
        string Nested(int depth) => string.Concat(Enumerable.Repeat("""{"linkId": "H1/T1", "item": [""", depth)) + string.Concat(Enumerable.Repeat("]}", depth));

        FhirQuestionnaireImporter.ReadResponseJson(Phq9, """{"resourceType": "Patient", "id": "p"}""").Problems.Should().NotBeEmpty();
        FhirQuestionnaireImporter.ReadResponseJson(Phq9, new string('x', 10 * 1024 * 1024)).Problems.Should().ContainSingle(static p => p.Message.Contains("over"));
        FhirQuestionnaireImporter.ReadResponseJson(Phq9, Phq9Response(["Not-at-all"]).ToJsonString() + " garbage").Problems.Should().NotBeEmpty();
        var deep = $$"""{"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9|2.8.0", "item": [{{Nested(20)}}]}""";
        FhirQuestionnaireImporter.ReadResponseJson(Phq9, deep).Problems.Should().NotBeEmpty();
        var missing = Phq9Response(["Not-at-all"]);
        missing["item"]![0]!["item"]![0]!.AsObject().Remove("linkId");
        FhirQuestionnaireImporter.ReadResponseJson(Phq9, missing.ToJsonString()).Problems.Should().Contain(static p => p.Path.EndsWith(".linkId", StringComparison.Ordinal));
    }
}
