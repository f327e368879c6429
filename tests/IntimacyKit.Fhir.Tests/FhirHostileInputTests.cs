using System.Text;
using IntimacyKit.Content;

namespace IntimacyKit.Fhir.Tests;

/// <summary>Wrong and hostile resources give problems with their paths, never an exception out of the API.</summary>
public class FhirHostileInputTests
{
    private static readonly FhirImporter Importer = new(DefaultContent.Catalog);

    private static string Questionnaire => new FhirExporter(DefaultContent.Catalog).CanonicalUrl(DefaultContent.QuickCheckAssessmentId)
        + "|" + DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId).Version;

    private static string Response(string items, string? questionnaire = null) => $$"""
        {"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "{{questionnaire ?? Questionnaire}}",
         "extension": [{"url": "http://intimacykit.invalid/fhir/StructureDefinition/relationship-kind", "valueCode": "sibling"}],
         {{(items.Length == 0 ? "\"id\": \"empty\"" : $"\"item\": [{items}]")}}}
        """;

    [Theory]
    [InlineData("""{"linkId": "no-such-statement", "answer": [{"valueCoding": {"system": "http://intimacykit.invalid/fhir/CodeSystem/agree-5", "code": "3"}}]}""",
        "QuestionnaireResponse.item[0].linkId", "not a statement")]
    [InlineData("""{"answer": [{"valueCoding": {"system": "http://intimacykit.invalid/fhir/CodeSystem/agree-5", "code": "3"}}]}""",
        "QuestionnaireResponse.item[0].linkId", "must be present")]
    [InlineData("""{"linkId": "q-shame", "answer": [{"valueCoding": {"system": "http://intimacykit.invalid/fhir/CodeSystem/agree-5", "code": "9"}}]}""",
        "QuestionnaireResponse.item[0].answer[0].valueCoding.code", "allowed 1 to 5")]
    [InlineData("""{"linkId": "q-shame", "answer": [{"valueCoding": {"system": "http://example.org/other", "code": "3"}}]}""",
        "QuestionnaireResponse.item[0].answer[0].valueCoding", "Should be a coding of http://intimacykit.invalid/fhir/CodeSystem/agree-5")]
    [InlineData("""{"linkId": "q-shame", "answer": [{"valueInteger": 3}]}""",
        "QuestionnaireResponse.item[0].answer[0].valueCoding", "Should be a coding")]
    public void AWrongItem_IsAProblemAtItsPath(string item, string path, string message)
    {
        var read = Importer.ReadResponseJson(Response(item));

        read.Succeeded.Should().BeFalse();
        read.Problems.Should().ContainSingle(
            p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal), string.Join(" | ", read.Problems));
    }

    [Fact]
    public void AnswersToAnotherVersion_OrAnotherQuestionnaire_AreProblems()
    {
        var url = Questionnaire.Split('|')[0];

        Importer.ReadResponseJson(Response(string.Empty, url + "|0.9.0")).Problems.Should()
            .ContainSingle(static p => p.Path == "QuestionnaireResponse.questionnaire" && p.Message.Contains("version '0.9.0'", StringComparison.Ordinal));
        Importer.ReadResponseJson(Response(string.Empty, "http://example.org/Questionnaire/phq-9|1.0")).Problems.Should()
            .ContainSingle(static p => p.Path == "QuestionnaireResponse.questionnaire");
    }

    [Fact]
    public void AnotherResourceType_IsAProblem()
    {
        var read = Importer.ReadResponseJson("""{"resourceType": "Patient", "active": true}""");

        read.Problems.Should().ContainSingle(static p => p.Path == "$.resourceType" && p.Message.Contains("Expected QuestionnaireResponse", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"resourceType\": \"QuestionnaireResponse\", \"status\": ")]
    [InlineData("[]")]
    [InlineData("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"unknownThing\": 1}")]
    public void Malformed_IsAProblem_NeverAnException(string json)
    {
        var read = Importer.ReadResponseJson(json);

        read.Succeeded.Should().BeFalse();
        read.Problems.Should().NotBeEmpty();
    }

    [Fact]
    public void ItemsNestedAHundredDeep_AreAProblem_NeverAStackOverflow()
    {
        var items = new StringBuilder("""{"linkId": "q-shame"}""");
        for (var i = 0; i < 100; i++)
        {
            items.Insert(0, """{"linkId": "safety", "item": [""").Append("]}");
        }

        var read = Importer.ReadResponseJson(Response(items.ToString()));

        read.Succeeded.Should().BeFalse();
        read.Problems.Should().NotBeEmpty();
    }

    [Fact]
    public void ItemsNestedDeeperThanTheLimit_AreAProblemAtTheirPath()
    {
        var items = new StringBuilder("""{"linkId": "q-shame"}""");
        for (var i = 0; i < 12; i++)
        {
            items.Insert(0, """{"linkId": "safety", "item": [""").Append("]}");
        }

        var read = Importer.ReadResponseJson(Response(items.ToString()));

        read.Problems.Should().ContainSingle(static p => p.Message.Contains("deeper than 8 levels", StringComparison.Ordinal)
            && p.Path.StartsWith("QuestionnaireResponse.item[0].item[0].item[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void AResponseEnteredInError_IsNotScored()
    {
        var json = Response(string.Empty).Replace("\"completed\"", "\"entered-in-error\"", StringComparison.Ordinal);

        Importer.ReadResponseJson(json).Problems.Should().ContainSingle(static p => p.Path == "QuestionnaireResponse.status");
    }

    [Fact]
    public void TenMegabytesOfText_IsAProblem_NotRead()
    {
        var huge = new string('x', 10 * 1024 * 1024);

        var read = Importer.ReadResponseJson(Response($$"""{"linkId": "q-shame", "text": "{{huge}}"}"""));

        read.Problems.Should().ContainSingle(static p => p.Path == "$" && p.Message.Contains("at most that many", StringComparison.Ordinal));
    }

    [Fact]
    public void ARelationshipKindThatDoesNotExist_IsAProblem()
    {
        var json = Response(string.Empty).Replace("\"sibling\"", "\"stranger\"", StringComparison.Ordinal);

        Importer.ReadResponseJson(json).Problems.Should().ContainSingle(static p => p.Message.Contains("'stranger' is not a relationship kind", StringComparison.Ordinal));
    }
}
