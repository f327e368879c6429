using IntimacyKit.Calendar;
using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Plans;
using IntimacyKit.Progress;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Tests.Docs;

/// <summary>The code shown in docs/recommendations.md, docs/plans-and-progress.md and docs/dyadic.md, run for real.</summary>
public class ActionExampleTests
{
    private static readonly Assessment Profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);

    private static AssessmentResponse Response(string kind, int level, DateTimeOffset when)
    {
        var builder = AssessmentResponse.For(Profile, kind);
        foreach (var item in Profile.Items)
        {
            var value = item.Scale is null ? DefaultContent.Catalog.GetResponseScale(Profile, item).Min : item.Scale is "persona-mask" or "not-listening" ? level : 2;
            builder.Answer(item.Id, item.Reverse ? 6 - value : value);
        }

        return builder.Build(new FixedTimeProvider(when));
    }

    [Fact]
    public void Example_Recommendations_ComeWithTheResult()
    {
        var response = Response("sibling", 5, DateTimeOffset.UnixEpoch);
        var lines = new List<string>();

        // snippet: recommend
        using var provider = new ServiceCollection().AddIntimacyKit().Services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<ScoringPipeline>();
        var preferences = new RecommendationPreferences { MaxMinutes = 20, Modes = [ExerciseMode.Solo, ExerciseMode.Journal] };

        var result = pipeline.Score(response, preferences);
        foreach (var recommendation in result.Recommendations)
        {
            lines.Add($"{recommendation.Exercise.Title}: {recommendation.Explanation}");
        }
        // end snippet

        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("Mask inventory: Suggested because 'Playing a part' came out as 'Mostly fits me' for you (score 5)");
    }

    [Fact]
    public void Example_PlanAndProgress()
    {
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.Catalog);
        var result = pipeline.Score(Response("friendship", 5, new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));
        var timeProvider = new FixedTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

        // snippet: plan
        var plans = new PracticePlanBuilder(DefaultContent.Catalog, timeProvider);
        var plan = plans.Build(result, new PlanPreferences { Weeks = 8, DaysPerWeek = 3, MinutesPerDay = 30 });
        var ics = PracticePlanCalendar.ToICalendar(plan, "My practice plan");
        // end snippet

        var later = pipeline.Score(Response("friendship", 3, new DateTimeOffset(2027, 1, 22, 0, 0, 0, TimeSpan.Zero)));

        // snippet: progress
        var report = ProgressReport.Create([result, later]);
        var masks = report["persona-mask"];
        var sentence = masks.Text; // change, and whether it is reliable, in words
        // end snippet

        plan.Sessions.Should().NotBeEmpty();
        ics.Should().Contain("BEGIN:VCALENDAR").And.Contain("X-WR-CALNAME:My practice plan");
        masks.Change.Should().Be(-2);
        masks.Classification.Should().Be(ChangeClassification.NotEnoughInformation, "the default content has no norms yet");
        sentence.Should().Contain("the better direction").And.Contain("lower is better here");
        report.Note.Should().Contain("Without norms");
    }

    [Fact]
    public void Example_Dyadic()
    {
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.Catalog);
        var listening = DefaultContent.Catalog.GetAssessment(DefaultContent.ListeningCheckAssessmentId);
        AssessmentResult Take(int self, int other)
        {
            var builder = AssessmentResponse.For(listening, "romantic");
            foreach (var item in listening.Items)
            {
                // The safety screen at its lowest (nothing raised), then the listening statements.
                var screen = item.Id.StartsWith("safety-", StringComparison.Ordinal);
                builder.Answer(item.Id, screen ? DefaultContent.Catalog.GetResponseScale(listening, item).Min : item.Id.StartsWith("self-", StringComparison.Ordinal) ? self : other);
            }

            return pipeline.Score(builder.Build(TimeProvider.System));
        }

        var mine = Take(self: 5, other: 3);
        var theirs = Take(self: 4, other: 2);

        // snippet: dyadic
        var report = DyadicReport.Create(mine, theirs, listening.DyadicPairs, "you", "your partner");
        var aboutMe = report.GapsAboutFirst.Select(g => g.Text);
        var aboutThem = report.GapsAboutSecond.Select(g => g.Text);
        var side = report.Scales.Select(s => s.Text);
        // end snippet

        aboutMe.First().Should().Be("Full attention, about you: rated 5 by you and 2 by your partner (on the 1-5 scale), a gap of 3.");
        aboutThem.First().Should().Be("Full attention, about your partner: rated 4 by your partner and 3 by you (on the 1-5 scale), a gap of 1.");
        side.Should().HaveCount(2);
    }
}
