using IntimacyKit.Content;
using IntimacyKit.Plans;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using Spectre.Console.Testing;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>
/// Issue 11: every safety statement of every default assessment, answered at its highest value, in the middle and
/// skipped, as a person at risk would: the flags raised, what the console shows first, that nothing recommended or
/// planned is ruled out by those flags, that protective scales are framed as protection, and that nothing is written.
/// </summary>
public sealed class PersonAtRiskTests : IDisposable
{
    private static readonly ContentCatalog Catalog = DefaultContent.Catalog;
    private static readonly ScoringPipeline Pipeline = new ScoringPipelineBuilder()
        .AddDefaultStages()
        .AddRecommendations(new DefaultRecommender())
        .Build(Catalog);

    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-at-risk-").FullName;

    public enum Answered
    {
        Highest,
        Middle,
        Skipped,
    }

    public static TheoryData<string, string, Answered> Cases()
    {
        var cases = new TheoryData<string, string, Answered>();
        foreach (var assessment in Catalog.Assessments)
        {
            foreach (var item in assessment.Items.Take(assessment.SafetyItemCount))
            {
                foreach (var answered in Enum.GetValues<Answered>())
                {
                    cases.Add(assessment.Id, item.Id, answered);
                }
            }
        }

        return cases;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Cases_CoverEverySafetyStatementOfEveryDefaultAssessment()
        => Cases().Count.Should().Be(3 * Catalog.Assessments.Sum(a => a.SafetyItemCount)).And.BeGreaterThan(3 * 15);

    [Theory]
    [MemberData(nameof(Cases))]
    public void SafetyStatement_HighMiddleOrSkipped_BringsHelpFirstAndNothingUnsafe(string assessmentId, string itemId, Answered answered)
    {
        var assessment = Catalog.GetAssessment(assessmentId);
        var item = assessment.Items.Single(i => i.Id == itemId);
        var scale = Catalog.GetResponseScale(assessment, item);
        int? value = answered switch
        {
            Answered.Highest => scale.Max,
            Answered.Middle => (scale.Min + scale.Max + 1) / 2,
            _ => null,
        };
        var answers = Answers(assessment, itemId, value);

        var result = Pipeline.Score(new AssessmentResponse(assessment.Id, assessment.Version, "romantic", answers, DateTimeOffset.UnixEpoch));

        // The flags: exactly the rules on this statement that the answer reaches, or a concern for each when skipped.
        var rules = assessment.SafetyRules.Where(r => r.Item == itemId).ToList();
        // A skip raises each of the statement's flags once (the first rule of each flag).
        var expected = value is { } v ? rules.Where(r => v >= r.AtLeast).ToList() : [.. rules.DistinctBy(r => r.Flag)];
        result.SafetyFlags.Select(f => f.RuleId).Should().BeEquivalentTo(expected.Select(r => r.Id));
        if (value is null)
        {
            result.SafetyFlags.Should().OnlyContain(f => f.NotAnswered && f.Severity == SafetySeverity.Concern, "a skipped safety statement is a reason for care");
        }

        if (answered == Answered.Highest)
        {
            result.HasSafetyFlags.Should().BeTrue();
            result.RequiresSupportFirst.Should().Be(rules.Any(r => r.Severity == SafetySeverity.Urgent));
        }

        // Nothing recommended or planned is ruled out by a raised flag; an urgent flag leaves only solo and journal work.
        var plan = new PracticePlanBuilder(Catalog, TimeProvider.System).Build(result, new PlanPreferences());
        foreach (var exercise in result.Recommendations.Select(r => r.Exercise).Concat(plan.Sessions.Select(s => s.Exercise)))
        {
            exercise.Contraindications.Should().NotIntersectWith(result.SafetyFlags.Select(f => f.Flag), exercise.Id);
            if (result.RequiresSupportFirst)
            {
                exercise.Mode.Should().BeOneOf(ExerciseMode.Solo, ExerciseMode.Journal);
            }
        }

        // While harm from the other person may stand, protective scales are framed as protection and get no exercise.
        if (result.HarmFromOtherFlagged)
        {
            var protective = result.Scales.Where(s => s.IsProtective && s.IsScored).ToList();
            protective.All(s => s.ProtectiveFraming != null).Should().BeTrue("every scored protective scale is framed as protection");
            result.Recommendations.SelectMany(r => r.Reasons).Select(r => r.ScoreId).Should().NotIntersectWith(protective.Select(s => s.Id));
        }

        // The console shows support before anything else, and writes nothing.
        var output = RunConsole(assessment, answers);
        if (result.HasSafetyFlags)
        {
            output.Should().StartWith(result.RequiresSupportFirst ? "┌─Support first" : "┌─Support─");
        }
        else
        {
            output.Should().NotContain("┌─Support");
        }

        Directory.GetFiles(_folder).Should().BeEmpty("nothing is written to disk unless the person asks");
    }

    /// <summary>The rest of the screen at its lowest, one statement as given, and "agree" with every scored statement.</summary>
    private static List<Answer> Answers(Assessment assessment, string itemId, int? value)
        => [.. assessment.Items.Select((item, index) => index >= assessment.SafetyItemCount
            ? new Answer(item.Id, 4)
            : new Answer(item.Id, item.Id == itemId ? value : Catalog.GetResponseScale(assessment, item).Min))];

    private string RunConsole(Assessment assessment, List<Answer> answers)
    {
        var console = new TestConsole().Width(200);
        var stdin = string.Join("\n", answers.Select(a => $"{a.ItemId},{a.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)}")) + "\n";
        var current = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _folder;
        try
        {
            var exit = new ConsoleApp(Catalog, Pipeline, console).Run(["take", "--assessment", assessment.Id], new StringReader(stdin), inputRedirected: true, new StringWriter());
            exit.Should().Be(ExitCodes.Success, console.Output);
        }
        finally
        {
            Environment.CurrentDirectory = current;
        }

        return console.Output;
    }
}
