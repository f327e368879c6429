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
}
