using IntimacyKit.Batch;
using IntimacyKit.Calendar;
using IntimacyKit.Content;
using IntimacyKit.Fhir;
using IntimacyKit.Plans;
using IntimacyKit.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Consumer.Tests;

/// <summary>
/// The packages' README examples (the code between the snippet markers is what each package's README.md shows, kept
/// equal by the repository's DocsSnippetTests), run against the packages as a developer gets them from a feed.
/// </summary>
public class ReadmeExamplesTests
{
    [Fact]
    public void TheCorePackage_AddIntimacyKit_ScoresAResponse_AndRecommends()
    {
        var output = new List<string>();

        // snippet: package-core
        using var services = new ServiceCollection().AddIntimacyKit().Services.BuildServiceProvider();
        var catalog = services.GetRequiredService<ContentCatalog>();
        var pipeline = services.GetRequiredService<ScoringPipeline>();
        var quickCheck = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);

        var answers = AssessmentResponse.For(quickCheck, "friendship");
        for (var i = 0; i < quickCheck.Items.Length; i++)
        {
            // The safety statements come first; here each gets its lowest answer, every other statement a 4.
            var scale = catalog.GetResponseScale(quickCheck, quickCheck.Items[i]);
            answers.Answer(quickCheck.Items[i].Id, i < quickCheck.SafetyItemCount ? scale.Min : 4);
        }

        var result = pipeline.Score(answers.Build(TimeProvider.System));
        if (result.HasSafetyFlags)
        {
            output.AddRange(result.SupportMessages); // support before anything else
        }

        output.AddRange(result.Scales.Select(s => $"{s.Title}: {s.Value:0.00} ({s.Band?.Label})"));
        output.AddRange(result.Recommendations.Select(r => $"Something to try: {r.Exercise.Title}"));
        output.Add(result.Disclaimer);
        // end snippet

        result.HasSafetyFlags.Should().BeFalse();
        result.Scales.Should().NotBeEmpty().And.OnlyContain(static s => s.Value != null);
        output.Should().Contain(static l => l.StartsWith("Something to try: ", StringComparison.Ordinal));
        output[^1].Should().Contain("not a diagnosis");
    }

    [Fact]
    public void TheCalendarPackage_WritesAPlanAsICalendar()
    {
        var catalog = DefaultContent.Catalog;
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var result = pipeline.Score(Answered(catalog, catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId), 4).Build(TimeProvider.System));

        // snippet: package-calendar
        // A plan from a scored result (never from one whose safety flags stand), then the plan as an .ics file's text.
        var plan = new PracticePlanBuilder(catalog).Build(result, new PlanPreferences { Weeks = 4, DaysPerWeek = 3 });
        var ics = PracticePlanCalendar.ToICalendar(plan, "Practice plan");
        // end snippet

        plan.Sessions.Should().NotBeEmpty();
        ics.Should().StartWith("BEGIN:VCALENDAR").And.Contain("BEGIN:VEVENT").And.Contain("END:VCALENDAR");
    }

    [Fact]
    public void TheBatchPackage_ScoresACsv()
    {
        var checkToScore = DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var scaleItems = checkToScore.Items.Skip(checkToScore.SafetyItemCount).Select(static i => i.Id).ToList();
        using var input = new StringReader("id," + string.Join(',', scaleItems) + "\n"
            + "r1," + string.Join(',', scaleItems.Select(static _ => "3")) + "\n"
            + "r2," + string.Join(',', scaleItems.Select(static (_, i) => (1 + (i % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "\n");
        using var output = new StringWriter();
        var problems = new List<string>();

        // snippet: package-batch
        var catalog = DefaultContent.Catalog;
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var quickCheck = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);

        // input: a TextReader over CSV (a header of item ids, optionally id and relationship); output: a TextWriter.
        var rows = ResponseReader.ReadCsv(input, catalog, quickCheck.Id);
        using (var scores = ScoreWriter.Csv(output, quickCheck, new ScoreWriterOptions { IncludeBands = true }))
        {
            scores.WriteAll(pipeline.ScoreRows(rows), new BatchSummary(), rejected => problems.Add($"line {rejected.Line}: {rejected.Problem}"));
        }
        // end snippet

        problems.Should().BeEmpty();
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        lines[1].Should().StartWith("r1,3,");
    }

    [Fact]
    public void TheFhirPackage_ExportsAQuestionnaire_AndReadsAResponseBack()
    {
        var catalog = DefaultContent.Catalog;
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var result = pipeline.Score(Answered(catalog, catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId), 3).Build(TimeProvider.System));

        // snippet: package-fhir
        var exporter = new FhirExporter(catalog);
        var questionnaire = FhirJson.Serialize(exporter.ToQuestionnaire(DefaultContent.QuickCheckAssessmentId, "friendship"));
        var answered = FhirJson.Serialize(exporter.ToQuestionnaireResponse(result)); // scores included, safety left out

        var imported = new FhirImporter(catalog).ReadResponseJson(answered);
        if (!imported.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", imported.Problems)); // each with its FHIR path
        }

        var again = pipeline.Score(imported.Value!);
        // end snippet

        questionnaire.Should().Contain("\"resourceType\": \"Questionnaire\"");
        again.Scales.Select(static s => s.Value).Should().Equal(result.Scales.Select(static s => s.Value));
    }

    private static AssessmentResponseBuilder Answered(ContentCatalog catalog, Assessment assessment, int answer)
    {
        var builder = AssessmentResponse.For(assessment, "friendship");
        for (var i = 0; i < assessment.Items.Length; i++)
        {
            var item = assessment.Items[i];
            var scale = catalog.GetResponseScale(assessment, item);
            builder.Answer(item.Id, i < assessment.SafetyItemCount ? scale.Min : Math.Min(answer, scale.Max));
        }

        return builder;
    }
}
