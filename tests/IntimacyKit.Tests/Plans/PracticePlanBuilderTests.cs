using CsCheck;
using IntimacyKit.Calendar;
using IntimacyKit.Content;
using IntimacyKit.Plans;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Plans;

public class PracticePlanBuilderTests
{
    private static readonly ContentCatalog Catalog = DefaultContent.Catalog;
    private static readonly Assessment Profile = Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
    private static readonly ScoringPipeline Pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog);
    private static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    private static readonly string[] Kinds = [.. Catalog.RelationshipKinds.Select(k => k.Id)];

    private static AssessmentResult Result(Random rng, string kind, int afraid)
    {
        var levels = Profile.Scales.ToDictionary(s => s.Id, _ => rng.Next(1, 6));
        var builder = AssessmentResponse.For(Profile, kind);
        foreach (var item in Profile.Items)
        {
            var level = item.Scale is null ? (item.Id == "safety-afraid" ? afraid : Catalog.GetResponseScale(Profile, item).Min) : levels[item.Scale];
            builder.Answer(item.Id, item.Reverse && item.Scale is not null ? 6 - level : level);
        }

        return Pipeline.Score(builder.Build(Clock));
    }

    [Fact]
    public void Build_TypicalResult_FocusesOnTheTopObstaclesAndStepsUpTheirChains()
    {
        var result = Result(new Random(3), "romantic", afraid: 1);

        var plan = new PracticePlanBuilder(Catalog, Clock).Build(result, new PlanPreferences { Weeks = 4, DaysPerWeek = 3, MinutesPerDay = 30 });

        plan.Start.Should().Be(new DateOnly(2026, 11, 27));
        plan.FocusByWeek.Should().HaveCount(4).And.OnlyContain(f => f.Length <= 2);
        plan.FocusByWeek[0].Should().Equal(plan.FocusByWeek[1]);
        plan.Sessions.Should().NotBeEmpty();
        plan.Reassessments.Should().Equal(new DateOnly(2026, 12, 25));
        var first = plan.FocusByWeek[0][0];
        plan.Sessions.Where(s => s.ObstacleId == first).Select(s => s.Exercise.Difficulty).Should().BeInAscendingOrder();
        plan.Sessions.First(s => s.ObstacleId == first).Exercise.Difficulty.Should().Be(Difficulty.Gentle);
    }

    [Fact]
    public void Build_SavedResultOfATranslationWithoutBands_PlansAsTheLiveResultDoes()
    {
        // A German (draft) result's JSON carries no bands; the plan is still made from which obstacles stand out.
        var german = DefaultContent.TranslatedCatalog.ForCulture("de");
        var live = Result(new Random(3), "romantic", afraid: 1);
        var response = new AssessmentResponse(live.AssessmentId, live.AssessmentVersion, live.RelationshipKind, live.Answers, live.CompletedAt);
        var result = new ScoringPipelineBuilder().AddDefaultStages().Build(german).Score(response);
        var saved = AssessmentResultSerializer.Read(AssessmentResultSerializer.ToJson(result));
        var preferences = new PlanPreferences { Weeks = 4, DaysPerWeek = 3, MinutesPerDay = 30 };

        saved.ShowsBands.Should().BeFalse();
        var plan = new PracticePlanBuilder(german, Clock).Build(saved, preferences);

        plan.Sessions.Should().NotBeEmpty();
        plan.Sessions.Select(s => (s.Date, s.Exercise.Id)).Should().Equal(
            new PracticePlanBuilder(german, Clock).Build(result, preferences).Sessions.Select(s => (s.Date, s.Exercise.Id)));
    }

    [Fact]
    public void Build_EightWeeks_SpreadsOneSessionOnEveryPracticeDay_Regression13()
    {
        var result = Result(new Random(3), "romantic", afraid: 1);

        var plan = new PracticePlanBuilder(Catalog, Clock).Build(result, new PlanPreferences { Weeks = 8, DaysPerWeek = 3, MinutesPerDay = 20 });

        plan.Sessions.GroupBy(s => s.Week).Select(w => w.Count()).Should().Equal(Enumerable.Repeat(3, 8), "every week has a session on each of its three practice days, none doubled");
        plan.Sessions.Select(s => s.Date).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Build_OneDayAWeek_BothObstaclesInFocusTakeTurns()
    {
        var result = Result(new Random(3), "romantic", afraid: 1);

        var plan = new PracticePlanBuilder(Catalog, Clock).Build(result, new PlanPreferences { Weeks = 2, DaysPerWeek = 1, MinutesPerDay = 60 });

        plan.FocusByWeek[0].Should().HaveCount(2);
        plan.Sessions.Select(s => s.ObstacleId).Should().BeEquivalentTo(plan.FocusByWeek[0], "with one practice day a week, the two obstacles in focus take turns");
    }

    [Fact]
    public void Build_GeneratedPreferences_KeepEveryConstraint()
    {
        var cases = from seed in Gen.Int
                    from weeks in Gen.Int[1, 12]
                    from days in Gen.Int[1, 7]
                    from minutes in Gen.Int[5, 90]
                    from reassess in Gen.Int[1, 6]
                    from modeMask in Gen.Int[0, 15]
                    from afraid in Gen.Int[1, 5]
                    select (seed, weeks, days, minutes, reassess, modeMask, afraid);

        cases.Sample(
            c =>
            {
                var rng = new Random(c.seed);
                var kind = Kinds[rng.Next(Kinds.Length)];
                var result = Result(rng, kind, c.afraid);
                var preferences = new PlanPreferences
                {
                    Weeks = c.weeks,
                    DaysPerWeek = c.days,
                    MinutesPerDay = c.minutes,
                    ReassessEveryWeeks = c.reassess,
                    Modes = [.. Enum.GetValues<ExerciseMode>().Where(m => (c.modeMask & (1 << ((int)m - 1))) != 0)],
                    Done = [.. Catalog.Exercises.Where(_ => rng.Next(6) == 0).Select(e => e.Id)],
                };
                var builder = new PracticePlanBuilder(Catalog, Clock);

                var plan = builder.Build(result, preferences);

                CheckConstraints(plan, result, preferences, kind);
                var again = builder.Build(result, preferences);
                again.Sessions.Should().BeEquivalentTo(plan.Sessions, o => o.WithStrictOrdering(), "the same input gives the same plan");
                again.Reassessments.Should().Equal(plan.Reassessments);
            },
            seed: "0N0XIzNsQ0O2",
            iter: 3_000,
            threads: 1);
    }

    private static void CheckConstraints(PracticePlan plan, AssessmentResult result, PlanPreferences preferences, string kind)
    {
        var end = plan.Start.AddDays(7 * preferences.Weeks);
        plan.FocusByWeek.Should().HaveCount(preferences.Weeks).And.OnlyContain(f => f.Length <= 2);
        plan.Reassessments.Should().NotBeEmpty();
        plan.Reassessments[^1].Should().Be(end);
        plan.Reassessments.Should().OnlyContain(d => (d.DayNumber - plan.Start.DayNumber) % (7 * preferences.ReassessEveryWeeks) == 0 || d == end);
        foreach (var session in plan.Sessions)
        {
            session.Date.Should().BeOnOrAfter(plan.Start).And.BeBefore(end);
            plan.FocusByWeek[session.Week - 1].Should().Contain(session.ObstacleId);
            session.Exercise.Targets.Should().Contain(session.ObstacleId);
            session.Exercise.RelationshipKinds.Should().Contain(kind);
            preferences.Done.Should().NotContain(session.Exercise.Id);
            if (!preferences.Modes.IsEmpty)
            {
                preferences.Modes.Should().Contain(session.Exercise.Mode);
            }

            if (result.RequiresSupportFirst)
            {
                session.Exercise.Contraindications.Should().BeEmpty();
                session.Exercise.Mode.Should().BeOneOf(ExerciseMode.Solo, ExerciseMode.Journal);
            }

            session.Exercise.Contraindications.Should().NotContain(f => result.HasSafetyFlag(f));
        }

        plan.Sessions.GroupBy(s => s.Date).Where(day => day.Sum(s => s.Exercise.Minutes) > preferences.MinutesPerDay).Should().BeEmpty("a day never holds more minutes than the person has");
        plan.Sessions.GroupBy(s => s.Date).All(day => day.Count() == 1).Should().BeTrue("one session a practice day: never crammed");
        plan.Sessions.GroupBy(s => s.Week).Where(week => week.Select(s => s.Date).Distinct().Count() > preferences.DaysPerWeek).Should().BeEmpty();
        plan.Sessions.Select(s => s.Date).Should().BeInAscendingOrder();
        foreach (var byObstacle in plan.Sessions.GroupBy(s => s.ObstacleId))
        {
            var exercises = byObstacle.Select(s => s.Exercise).ToList();
            exercises.Select(e => e.Difficulty).Should().BeInAscendingOrder("difficulty steps up, never down");
            for (var i = 1; i < exercises.Count; i++)
            {
                if (exercises[i] != exercises[i - 1])
                {
                    (exercises[i - 1].FollowUp == exercises[i].Id || exercises[i].Difficulty >= exercises[i - 1].Difficulty).Should().BeTrue();
                }
            }
        }
    }

    [Fact]
    public void ToICalendar_Plan_ParsesBackIntoTheSameEvents()
    {
        var plan = new PracticePlanBuilder(Catalog, Clock).Build(Result(new Random(5), "friendship", afraid: 1), new PlanPreferences { Weeks = 8, DaysPerWeek = 2 });

        var text = PracticePlanCalendar.ToICalendar(plan);
        var calendar = Ical.Net.Calendar.Load(text)!;

        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ThenBy(e => e.Uid).ToList();
        events.Should().HaveCount(plan.Sessions.Length + plan.Reassessments.Length);
        plan.Reassessments.Should().Equal(new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 22));
        calendar.Events.Where(e => e.Summary == "Take the assessment again").Select(e => DateOnly.FromDateTime(e.DtStart!.Value)).Should().Equal(plan.Reassessments);
        var first = plan.Sessions[0];
        var match = calendar.Events.Single(e => e.Uid!.StartsWith("intimacy-profile-20261127-0-", StringComparison.Ordinal));
        match.Summary.Should().Be(first.Exercise.Title);
        DateOnly.FromDateTime(match.DtStart!.Value).Should().Be(first.Date);
        match.DtStart.HasTime.Should().BeFalse("sessions are all-day events");
        match.Description.Should().Contain("1. " + first.Exercise.Steps[0]);
    }
}
