using Hl7.Fhir.Model;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Fhir.Tests;

/// <summary>
/// Export, a response built by hand from the exported questionnaire as a FHIR client would, import, score: the same
/// result as scoring the same answers directly, for every default assessment and 1,000 random sets of answers.
/// </summary>
public class FhirRoundTripTests
{
    private static readonly ContentCatalog Catalog = DefaultContent.Catalog;
    private static readonly ScoringPipeline Pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog);
    private static readonly DateTimeOffset When = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Assessments() => [.. Catalog.Assessments.Select(static a => a.Id)];

    [Theory]
    [MemberData(nameof(Assessments))]
    public void RandomAnswers_ThroughFhir_ScoreAsTheSameAnswersGivenDirectly(string assessmentId)
    {
        var assessment = Catalog.GetAssessment(assessmentId);
        var exporter = new FhirExporter(Catalog);
        var importer = new FhirImporter(Catalog);
        var questionnaire = FhirJson.Parse<Questionnaire>(FhirJson.Serialize(exporter.ToQuestionnaire(assessmentId, "sibling"))).Value!;
        var random = new Random(assessmentId.Length * 7919);
        var sets = 1000 / Catalog.Assessments.Length + 1;

        for (var set = 0; set < sets; set++)
        {
            var answers = RandomAnswers(assessment, random);
            var response = ByHand(questionnaire, answers);

            var imported = importer.ReadResponseJson(FhirJson.Serialize(response));

            imported.Problems.Should().BeEmpty();
            var direct = Pipeline.Score(new AssessmentResponse(assessment.Id, assessment.Version, "sibling", answers, When));
            var viaFhir = Pipeline.Score(imported.Value!);
            AssessmentResultSerializer.ToJson(viaFhir).Should().Be(AssessmentResultSerializer.ToJson(direct), $"set {set} of {assessmentId}");
        }
    }

    [Fact]
    public void AnExportedResult_ReadsBackAsItsAnswers_AndCarriesScoresBandsAndRules_ButNoSafetyUnlessAskedFor()
    {
        var assessment = Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var builder = AssessmentResponse.For(assessment, "romantic");
        for (var i = 0; i < assessment.Items.Length; i++)
        {
            var scale = Catalog.GetResponseScale(assessment, assessment.Items[i]);
            builder.Answer(assessment.Items[i].Id, i < assessment.SafetyItemCount ? scale.Max : 1 + (i % 5));
        }

        var result = Pipeline.Score(builder.Build(new FixedTime()));
        var exporter = new FhirExporter(Catalog);

        var plain = exporter.ToQuestionnaireResponse(result);
        var scores = plain.Item.Single(static i => i.LinkId == "scores");
        scores.Item.Count(static i => i.LinkId?.EndsWith(".band", StringComparison.Ordinal) == false)
            .Should().Be(result.Scales.Count + result.Composites.Count);
        scores.Item.Should().Contain(static i => i.LinkId != null && i.LinkId.EndsWith(".band", StringComparison.Ordinal));
        var first = scores.Item[0];
        first.Answer[0].Value.Should().BeOfType<FhirDecimal>().Which.Value.Should().Be((decimal)result.Scales[0].Value!.Value);
        first.Extension.Should().ContainSingle(static e => e.Url != null && e.Url.EndsWith("/scoring-rule", StringComparison.Ordinal));
        plain.Item.Should().NotContain(static i => i.LinkId == "safety", "safety answers and flags go only when asked for");
        FhirJson.Serialize(plain).Should().NotContain("safety-afraid");

        var withSafety = exporter.ToQuestionnaireResponse(result, includeSafety: true);
        withSafety.Item[0].LinkId.Should().Be("safety");
        withSafety.Item[0].Item.Should().ContainSingle(static i => i.LinkId == "safety-flags").Which.Answer.Should().NotBeEmpty();

        // Every item of the result is declared in the questionnaire, with the type its answer has.
        var declared = Flatten(exporter.ToQuestionnaire(assessment.Id, "romantic").Item).ToDictionary(static i => i.LinkId!, static i => i.Type);
        foreach (var item in FlattenAnswers(withSafety.Item))
        {
            declared.Should().ContainKey(item.LinkId!);
            foreach (var answer in item.Answer)
            {
                declared[item.LinkId!].Should().Be(answer.Value is FhirDecimal ? Questionnaire.QuestionnaireItemType.Decimal : Questionnaire.QuestionnaireItemType.Choice);
            }
        }

        var back = new FhirImporter(Catalog).ReadResponseJson(FhirJson.Serialize(withSafety));
        back.Problems.Should().BeEmpty();
        back.Value!.Answers.Should().BeEquivalentTo(result.Answers);
    }

    /// <summary>Each statement: a value on its scale, skipped, "does not apply" where offered, or never reached.</summary>
    private static List<Answer> RandomAnswers(Assessment assessment, Random random)
    {
        var answers = new List<Answer>();
        foreach (var item in assessment.Items)
        {
            var scale = Catalog.GetResponseScale(assessment, item);
            switch (random.Next(10))
            {
                case 0:
                    break;
                case 1:
                    answers.Add(Answer.Skipped(item.Id));
                    break;
                case 2 when item.OffersNotApplicable:
                    answers.Add(Answer.NotApplicable(item.Id));
                    break;
                default:
                    answers.Add(new Answer(item.Id, random.Next(scale.Min, scale.Max + 1)));
                    break;
            }
        }

        return answers;
    }

    /// <summary>A response as a FHIR client makes one from the questionnaire alone: the option chosen, by its coding.</summary>
    private static QuestionnaireResponse ByHand(Questionnaire questionnaire, List<Answer> answers)
    {
        var response = new QuestionnaireResponse
        {
            Questionnaire = $"{questionnaire.Url}|{questionnaire.Version}",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Authored = When.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        };
        response.Extension.AddRange(questionnaire.Extension.Where(static e => e.Url != null && e.Url.EndsWith("/relationship-kind", StringComparison.Ordinal)));
        foreach (var answer in answers)
        {
            var question = Flatten(questionnaire.Item).Single(i => i.LinkId == answer.ItemId);
            var item = new QuestionnaireResponse.ItemComponent { LinkId = answer.ItemId };
            var code = answer.DoesNotApply ? "na" : answer.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (code is not null)
            {
                var option = question.AnswerOption.Select(static o => (Coding)o.Value).Single(c => c.Code == code);
                item.Answer.Add(new() { Value = new Coding(option.System, option.Code, option.Display) });
            }

            response.Item.Add(item);
        }

        return response;
    }

    private static IEnumerable<QuestionnaireResponse.ItemComponent> FlattenAnswers(IEnumerable<QuestionnaireResponse.ItemComponent> items)
        => items.SelectMany(static i => new[] { i }.Concat(FlattenAnswers(i.Item)));

    private static IEnumerable<Questionnaire.ItemComponent> Flatten(IEnumerable<Questionnaire.ItemComponent> items)
        => items.SelectMany(static i => new[] { i }.Concat(Flatten(i.Item)));

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => When;
    }
}
