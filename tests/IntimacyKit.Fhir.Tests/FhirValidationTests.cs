using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Fhir.Tests;

/// <summary>Every exported default assessment, for every relationship kind, passes Firely's R4 validator without an error.</summary>
public class FhirValidationTests
{
    private static readonly Lazy<Validator> Validator = new(static () =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, new LocalTerminologyService(resolver));
    });

    public static TheoryData<string, string> Exports()
    {
        var data = new TheoryData<string, string>();
        foreach (var assessment in DefaultContent.Catalog.Assessments)
        {
            foreach (var kind in DefaultContent.Catalog.RelationshipKinds)
            {
                data.Add(assessment.Id, kind.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void AnExportedQuestionnaire_HasNoValidationError(string assessmentId, string kind)
    {
        var questionnaire = new FhirExporter(DefaultContent.Catalog).ToQuestionnaire(assessmentId, kind);

        var outcome = Validator.Value.Validate(questionnaire);

        outcome.Issue.Where(static i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(static i => $"{string.Join(",", i.Expression)}: {i.Details?.Text}")
            .Should().BeEmpty();
    }

    [Fact]
    public void AnExportedResult_HasNoValidationError()
    {
        var catalog = DefaultContent.Catalog;
        var assessment = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var builder = AssessmentResponse.For(assessment, "friendship");
        foreach (var item in assessment.Items)
        {
            builder.Answer(item.Id, catalog.GetResponseScale(assessment, item).Max);
        }

        var result = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog).Score(builder.Build(TimeProvider.System));
        var outcome = Validator.Value.Validate(new FhirExporter(catalog).ToQuestionnaireResponse(result, includeSafety: true));

        outcome.Issue.Where(static i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(static i => $"{string.Join(",", i.Expression)}: {i.Details?.Text}")
            .Should().BeEmpty();
    }
}
