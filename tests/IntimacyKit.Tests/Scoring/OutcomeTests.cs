using IntimacyKit.Content;
using IntimacyKit.Plans;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Scoring;

/// <summary>Expected failures as values: scoring, result JSON, plan preferences and JSON text, with the throwing forms as thin wrappers.</summary>
public class OutcomeTests
{
    private static readonly ScoringPipeline Default = ScoringPacks.Pipeline(ScoringPacks.Create());

    [Fact]
    public async Task TryScore_StrictRefusal_IsAValue_WithEveryProblemAndTheSafetyFlags_AsScoreThrowsThem()
    {
        var response = ScoringPacks.Response(("zz", 3), ("a1", 9), ("a3", 2), ("a3", 4), ("danger", 5));

        var outcome = Default.TryScore(response);
        var outcomeAsync = await Default.TryScoreAsync(response);
        var exception = Default.Invoking(p => p.Score(response)).Should().Throw<ScoringException>().Which;

        outcome.IsScored.Should().BeFalse();
        outcome.Result.Should().BeNull();
        outcome.TryGetResult(out _).Should().BeFalse();
        outcome.Problems.Select(p => (p.Code, p.ItemId)).Should().Equal(
            (ScoringProblemCodes.UnknownItem, "zz"),
            (ScoringProblemCodes.OutOfRange, "a1"),
            (ScoringProblemCodes.DuplicateAnswer, "a3"));
        outcome.RequiresSupportFirst.Should().BeTrue("support comes first even when nothing can be scored");
        outcomeAsync.Problems.Should().Equal(outcome.Problems, (a, b) => a.ToString() == b.ToString());
        exception.Problems.Select(p => p.ToString()).Should().Equal(outcome.Problems.Select(p => p.ToString()));
        exception.SafetyFlags.Select(f => f.Flag).Should().Equal(outcome.SafetyFlags.Select(f => f.Flag));
        outcome.ToString().Should().Contain("zz").And.Contain("a1").And.Contain("a3");
    }

    [Fact]
    public void TryScore_UnknownAssessmentOrVersion_IsAValue()
    {
        var other = new AssessmentResponse("nope", SemanticVersion.Parse("1.0.0"), "romantic", [], DateTimeOffset.UnixEpoch);
        var version = new AssessmentResponse(ScoringPacks.AssessmentId, SemanticVersion.Parse("9.0.0"), "romantic", [], DateTimeOffset.UnixEpoch);

        Default.TryScore(other).Problems.Single().Code.Should().Be(ScoringProblemCodes.UnknownAssessment);
        Default.TryScore(version).Problems.Single().Code.Should().Be(ScoringProblemCodes.WrongVersion);
        Default.TryScore(other).SafetyFlags.Should().BeEmpty();
    }

    [Fact]
    public void TryScore_Scored_HoldsTheResult()
    {
        var outcome = Default.TryScore(ScoringPacks.Response(("a1", 4), ("a2", 2), ("a3", 4), ("a4", 4)));

        outcome.TryGetResult(out var result).Should().BeTrue();
        result!.GetScore("s1").Value.Should().NotBeNull();
        outcome.Problems.Should().BeEmpty();
        outcome.GetResultOrThrow().Should().BeSameAs(result);
    }

    [Fact]
    public void CustomStage_Refuses_WithoutThrowing_AndMustSayWhy()
    {
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddStage(ScoringStage.Create("consent", context => context.Refuse([new ScoringProblem("no-consent", "The person has not consented to scoring.")])))
            .Build(new ContentCatalog(ScoringPacks.Create()));
        var empty = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddStage(ScoringStage.Create("empty", context => context.Refuse([])))
            .Build(new ContentCatalog(ScoringPacks.Create()));

        var outcome = pipeline.TryScore(ScoringPacks.Response(("a1", 4), ("danger", 5)));

        outcome.IsScored.Should().BeFalse();
        outcome.Problems.Single().Code.Should().Be("no-consent");
        outcome.RequiresSupportFirst.Should().BeTrue("a refusal carries the flags the answers raise");
        empty.Invoking(p => p.TryScore(ScoringPacks.Response(("a1", 4)))).Should().Throw<ArgumentException>().WithMessage("*at least one problem*");
    }

    [Fact]
    public void AStageThatThrowsScoringException_IsARefusal_ForTheRowNotTheBatch()
    {
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddStage(ScoringStage.Create("old-style", context => context.Response.RespondentId == "refuse"
                ? throw new ScoringException([new ScoringProblem("host", "Refused by the host.")])
                : StageFlow.Continue))
            .Build(new ContentCatalog(ScoringPacks.Create()));
        var refused = new AssessmentResponse(ScoringPacks.AssessmentId, SemanticVersion.Parse("1.0.0"), "romantic", [new Answer("a1", 4)], DateTimeOffset.UnixEpoch, "refuse");
        var fine = ScoringPacks.Response(("a1", 4));

        pipeline.TryScore(refused).Problems.Single().Code.Should().Be("host");
        pipeline.ScoreBatch([refused, fine]).Select(static o => o.IsScored).Should().Equal(false, true);
    }

    [Fact]
    public void Refuse_ThenContinue_StillEndsTheCall()
    {
        var after = 0;
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddStage(ScoringStage.Create("refuse", context =>
            {
                context.Refuse([new ScoringProblem("no", "No.")]);
                return StageFlow.Continue;
            }))
            .AddStage(ScoringStage.Create("after", _ =>
            {
                after++;
                return StageFlow.Continue;
            }))
            .Build(new ContentCatalog(ScoringPacks.Create()));

        pipeline.TryScore(ScoringPacks.Response(("a1", 4))).IsScored.Should().BeFalse();
        after.Should().Be(0, "nothing runs after a refusal");
    }

    [Fact]
    public void DefaultOutcome_IsNotARefusal()
    {
        var outcome = default(ScoringOutcome);

        outcome.Invoking(static o => o.GetResultOrThrow()).Should().Throw<InvalidOperationException>().WithMessage("*default value*");
    }

    [Fact]
    public void ResultTryRead_GivesLocatedProblems_AndRepeatedPropertiesAreFoundByTheReader()
    {
        var json = AssessmentResultSerializer.ToJson(Default.Score(ScoringPacks.Response(("a1", 4))));
        var repeated = json.Replace("\"format\":", "\"relationshipKind\": \"sibling\",\n  \"format\":", StringComparison.Ordinal);

        AssessmentResultSerializer.TryRead(json, out var result, out var none).Should().BeTrue();
        result!.RelationshipKind.Should().Be("romantic");
        none.Should().BeEmpty();

        AssessmentResultSerializer.TryRead(repeated, out var bad, out var problems).Should().BeFalse();
        bad.Should().BeNull();
        problems.Single().Code.Should().Be(ContentProblemCodes.DuplicateProperty);
        problems.Single().Path.Should().Be("$.relationshipKind");
        problems.Single().Line.Should().BeGreaterThan(2, "the second occurrence is the one reported");

        AssessmentResultSerializer.TryRead("{\"format\": ", out _, out var early).Should().BeFalse();
        early.Single().Message.Should().Be("The JSON ends too early; the file may be incomplete.");
    }

    [Fact]
    public void JsonTryParse_IsPublic_ForHostsAndTheConsole()
    {
        IntimacyKitJson.TryParse("{\"a\": {\"b\": 1, \"b\": 2}}", 8, "x.json", out _, out var repeated).Should().BeFalse();
        repeated!.Path.Should().Be("$.a.b");
        repeated.Source.Should().Be("x.json");
        repeated.ToString().Should().Contain("x.json:1:");

        IntimacyKitJson.TryParse("{\"a\": 1} {", 8, null, out _, out var after).Should().BeFalse();
        after!.Message.Should().Contain("after");
        after.Code.Should().Be(ContentProblemCodes.Syntax);

        IntimacyKitJson.TryParse("{\"a\": [1, 2]}\n", 8, null, out var root, out _).Should().BeTrue();
        root!["a"]!.Count().Should().Be(2);
    }

    [Fact]
    public void PlanPreferences_Check_ListsEveryValueOutsideItsRange_AsData()
    {
        var problems = new PlanPreferences { Weeks = 0, MinutesPerDay = 300 }.Check();

        problems.Select(p => (p.Property, p.Value, p.Min, p.Max)).Should().Equal(("Weeks", 0, 1, 52), ("MinutesPerDay", 300, 5, 240));
        problems[0].Message.Should().Be("Value 0 should be in range [1-52].");
        new PlanPreferences().Check().Should().BeEmpty();
        var build = () => new PracticePlanBuilder(DefaultContent.Catalog, TimeProvider.System).Build(Default.Score(ScoringPacks.Response(("a1", 4))), new PlanPreferences { Weeks = 0 });
        build.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Weeks");
    }
}
