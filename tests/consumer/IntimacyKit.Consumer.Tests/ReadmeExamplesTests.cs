using IntimacyKit.Batch;
using IntimacyKit.Calendar;
using IntimacyKit.Content;
using IntimacyKit.Plans;
using IntimacyKit.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Consumer.Tests;

/// <summary>The README's examples, against the packages as a developer gets them from a feed.</summary>
public class ReadmeExamplesTests
{
    [Fact]
    public void AddIntimacyKit_ScoresAResponse_AndRecommends()
    {
        using var provider = new ServiceCollection().AddIntimacyKit().Services.BuildServiceProvider();
        var catalog = provider.GetRequiredService<ContentCatalog>();
        var pipeline = provider.GetRequiredService<ScoringPipeline>();
        var quickCheck = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);

        var result = pipeline.Score(Answered(catalog, quickCheck, 5).Build(TimeProvider.System));

        result.HasSafetyFlags.Should().BeFalse();
        result.Scales.Should().NotBeEmpty().And.OnlyContain(static s => s.Value != null);
        result.Recommendations.Should().NotBeEmpty("every scale in its top band calls for something to try");
        result.Disclaimer.Should().Contain("not a diagnosis");
    }

    [Fact]
    public void APlan_IsBuilt_AndWrittenAsICalendar()
    {
        var catalog = DefaultContent.Catalog;
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var result = pipeline.Score(Answered(catalog, catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId), 4).Build(TimeProvider.System));

        var plan = new PracticePlanBuilder(catalog).Build(result, new PlanPreferences { Weeks = 2 });
        var ics = PracticePlanCalendar.ToICalendar(plan, "Practice plan");

        plan.Sessions.Should().NotBeEmpty();
        ics.Should().StartWith("BEGIN:VCALENDAR").And.Contain("BEGIN:VEVENT").And.Contain("END:VCALENDAR");
    }

    [Fact]
    public void ACsv_IsScoredInBatch()
    {
        var catalog = DefaultContent.Catalog;
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var quickCheck = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var scaleItems = quickCheck.Items.Skip(quickCheck.SafetyItemCount).Select(static i => i.Id).ToList();
        var csv = "id," + string.Join(',', scaleItems) + "\n"
            + "r1," + string.Join(',', scaleItems.Select(static _ => "3")) + "\n"
            + "r2," + string.Join(',', scaleItems.Select(static (_, i) => (1 + (i % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "\n";

        var rows = ResponseReader.ReadCsv(new StringReader(csv), catalog, quickCheck.Id);
        using var output = new StringWriter();
        using (var scores = ScoreWriter.Csv(output, quickCheck))
        {
            scores.WriteAll(pipeline.ScoreRows(rows), new BatchSummary(), rejected => throw new InvalidOperationException(rejected.Problem));
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        lines[1].Should().StartWith("r1,3,");
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
