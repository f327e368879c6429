using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Scoring;

public class ScoringPipelineBuilderTests
{
    private static readonly ContentCatalog Catalog = new(ScoringPacks.Create());

    private static readonly AssessmentResponse Response = ScoringPacks.Response(("a1", 4), ("a2", 2), ("a3", 4), ("a4", 4), ("b1", 2), ("b2", 2), ("b3", 2), ("b4", 4));

    [Fact]
    public void InsertBeforeAfterAndInstead_PlaceCustomStagesAroundNamedOnes()
    {
        var before = ScoringStage.Create("before-bands", _ => StageFlow.Continue);
        var after = ScoringStage.Create("after-safety", _ => StageFlow.Continue);
        var quality = ScoringStage.Create(ScoringStageNames.ResponseQuality, _ => StageFlow.Continue);

        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertBefore(ScoringStageNames.Bands, before)
            .InsertAfter(ScoringStageNames.Safety, after)
            .Replace(ScoringStageNames.ResponseQuality, quality)
            .Build(Catalog);

        pipeline.StageNames.Should().Equal("validate", "reverse-key", "missing-data", "aggregate", "norms", "before-bands", "bands", "safety", "after-safety", "response-quality");
    }

    [Fact]
    public void CustomStage_SeesTheAssessmentResponseAndResultBeingBuilt()
    {
        string? seen = null;
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertAfter(ScoringStageNames.Aggregate, ScoringStage.Create("inspect", context =>
            {
                seen = $"{context.Assessment.Id} {context.Response.RelationshipKind} {context.Result.GetScore("s1").Value} {context.RawAnswer(2)} {context.KeyedAnswer(2)}";
                return StageFlow.Continue;
            }))
            .Build(Catalog);

        pipeline.Score(Response);

        seen.Should().Be("vectors romantic 4 2 4");
    }

    [Fact]
    public void CustomStage_HostNorms_GiveStandardScores()
    {
        // snippet: host-norms-stage
        var hostNorms = new Norms(mean: 2.8, standardDeviation: 0.6, reliability: 0.82, source: "Our 2026 user sample (n = 4,210)");
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertBefore(ScoringStageNames.Norms, ScoringStage.Create("host-norms", context =>
            {
                context.SetNorms("s1", hostNorms);
                return StageFlow.Continue;
            }))
            .Build(Catalog);
        // end snippet

        var score = pipeline.Score(Response).GetScore("s1");

        score.Norms.Should().BeSameAs(hostNorms);
        score.Standard!.Value.Z.Should().BeApproximately((4 - 2.8) / 0.6, 1e-12);
    }

    [Theory]
    [InlineData(2.8, 0.0, 0.8)]
    [InlineData(2.8, -1.0, 0.8)]
    [InlineData(2.8, 0.6, 1.0)]
    [InlineData(double.NaN, 0.6, 0.8)]
    public void CustomStage_NormsThatCannotGiveStandardScores_AreRefusedWithTheRanges(double mean, double sd, double reliability)
    {
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertBefore(ScoringStageNames.Norms, ScoringStage.Create("host-norms", context =>
            {
                context.SetNorms("s1", new Norms(mean, sd, reliability, "a broken sample"));
                return StageFlow.Continue;
            }))
            .Build(Catalog);

        var score = () => pipeline.Score(Response);

        score.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Norms for 's1' (a broken sample) have mean *; the mean should be finite, the standard deviation a finite number greater than 0, and the reliability in range [0, 1).*");
    }

    [Fact]
    public void AStageThatScoresAnotherResponse_GetsItsOwnContext_AndBothResultsAreRight()
    {
        var inner = new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog);
        var other = ScoringPacks.Response(("a1", 1), ("a2", 5), ("a3", 1), ("a4", 1));
        AssessmentResult? nested = null;
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddStage(ScoringStage.Create("scores-another", context =>
            {
                nested = inner.Score(other); // on this thread, while this call's context is in use
                context.KeyedAnswer(1).Should().Be(4, "this call's answers are still its own");
                return StageFlow.Continue;
            }))
            .Build(Catalog);

        var outer = pipeline.Score(Response);

        outer.GetScore("s1").Value.Should().Be(4);
        nested!.GetScore("s1").Value.Should().Be(1);
        pipeline.Score(Response).GetScore("s1").Value.Should().Be(4, "the thread's context is free again afterwards");
    }

    [Fact]
    public async Task CallsThatAwait_AndMoveBetweenThreads_NeverShareAContext()
    {
        // An asynchronous stage yields, so calls resume on other threads while this thread starts new ones.
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().AddStage(new YieldingStage()).Build(Catalog);
        var responses = Enumerable.Range(0, 200).Select(i => ScoringPacks.Response(("a1", 1 + (i % 5)), ("a2", 3), ("a3", 1 + (i % 5)), ("a4", 1 + (i % 5)))).ToList();

        var results = await Task.WhenAll(responses.Select(r => pipeline.ScoreAsync(r).AsTask()));

        results.Select(r => r.GetScore("s1").Value).Should().Equal(
            responses.Select(r => new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog).Score(r).GetScore("s1").Value));
    }

    [Fact]
    public void AContextKeptPastItsCall_SaysSo_AndTheNextCallOnTheThreadIsUntouched()
    {
        ScoringContext? kept = null;
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddStage(ScoringStage.Create("keeps-the-context", context =>
            {
                kept ??= context;
                return StageFlow.Continue;
            }))
            .Build(Catalog);

        var first = pipeline.Score(Response);
        var second = pipeline.Score(ScoringPacks.Response(("a1", 1), ("a2", 5), ("a3", 1), ("a4", 1)));

        ((Func<object>)(() => kept!.Response)).Should().Throw<InvalidOperationException>().WithMessage("This scoring context has ended*");
        ((Func<object>)(() => kept!.Result)).Should().Throw<InvalidOperationException>();
        first.GetScore("s1").Value.Should().Be(4, "the first result is the first response's, whatever the context did next");
        second.GetScore("s1").Value.Should().Be(1);
    }

    [Fact]
    public async Task AsyncStage_ScoreAsyncAwaitsIt_AndScoreRefuses()
    {
        var calls = 0;
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertAfter(ScoringStageNames.Bands, ScoringStage.CreateAsync("remote-check", async (context, token) =>
            {
                await Task.Yield();
                calls++;
                context.AddWarning(new ScoringProblem("remote", "Checked remotely."));
                return StageFlow.Continue;
            }))
            .Build(Catalog);

        var result = await pipeline.ScoreAsync(Response);

        calls.Should().Be(1);
        result.Warnings.Should().ContainSingle().Which.Code.Should().Be("remote");
        pipeline.Invoking(p => p.Score(Response)).Should().Throw<InvalidOperationException>().WithMessage("*asynchronous stages (remote-check); score with ScoreAsync*");
    }

    [Fact]
    public async Task ScoreAsync_SynchronousPipeline_GivesTheSameResultAsScore()
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create());

        var sync = pipeline.Score(Response);
        var async = await pipeline.ScoreAsync(Response);

        AssessmentResultSerializer.ToJson(async).Should().Be(AssessmentResultSerializer.ToJson(sync));
    }

    [Fact]
    public void Stop_FromACustomStage_EndsThePipelineAndSaysWhere()
    {
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertAfter(ScoringStageNames.MissingData, ScoringStage.Create("gate", _ => StageFlow.Stop))
            .Build(Catalog);

        var result = pipeline.Score(Response);

        result.StoppedAfter.Should().Be("gate");
        result.GetScore("s1").Value.Should().BeNull();
    }

    [Fact]
    public void Build_ManyProblems_ReportsThemAllInOneMessage()
    {
        var builder = new ScoringPipelineBuilder()
            .AddDefaultStages(new ScoringOptions { ResponseQuality = new ResponseQualityOptions { StraightLiningShare = 0.2, MinTimedAnswers = 0 } })
            .InsertAfter("no-such-stage", ScoringStage.Create("x", _ => StageFlow.Continue))
            .Remove(ScoringStageNames.MissingData)
            .AddStage(ScoringStage.Create(ScoringStageNames.Validate, _ => StageFlow.Continue));

        var build = () => builder.Build(Catalog);

        var message = build.Should().Throw<InvalidOperationException>().Which.Message;
        message.Should().Contain("InsertAfter('no-such-stage'): no stage of that name has been added.")
            .And.Contain("StraightLiningShare is 0.2; value should be in range (0.5, 1].")
            .And.Contain("MinTimedAnswers is 0; value should be at least 1.")
            .And.Contain("Stage 'aggregate' needs stage 'missing-data' to run before it")
            .And.Contain("Two stages are named 'validate'");
        builder.IsFrozen.Should().BeFalse();
    }

    [Fact]
    public void CustomStage_DeclaresWhatMustRunBefore_AndChecksItsOwnOptions_AsBuiltInStagesDo()
    {
        var early = ScoringStage.Create("uses-scores", [ScoringStageNames.Aggregate], _ => StageFlow.Continue);
        var builder = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertBefore(ScoringStageNames.Aggregate, early)
            .AddStage(new ShareStage(1.5));

        var build = () => builder.Build(Catalog);

        early.Requires.Should().Equal(ScoringStageNames.Aggregate);
        build.Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Contain("Stage 'uses-scores' needs stage 'aggregate' to run before it")
            .And.Contain("ShareStage.Share is 1.5; value should be in range (0, 1].");
        new ScoringPipelineBuilder().AddDefaultStages().InsertAfter(ScoringStageNames.Aggregate, ScoringStage.Create("uses-scores", [ScoringStageNames.Aggregate], _ => StageFlow.Continue)).AddStage(new ShareStage(0.5))
            .Build(Catalog).StageNames.Should().Contain("uses-scores").And.Contain("share");
    }

    /// <summary>A host's stage with an option it checks itself, as a built-in stage does.</summary>
    private sealed class YieldingStage() : ScoringStage("yields")
    {
        public override bool IsAsynchronous => true;

        public override StageFlow Execute(ScoringContext context) => StageFlow.Continue;

        public override async ValueTask<StageFlow> ExecuteAsync(ScoringContext context, CancellationToken cancellationToken)
        {
            await Task.Yield();
            _ = context.KeyedAnswer(1);
            return StageFlow.Continue;
        }
    }

    private sealed class ShareStage(double share) : ScoringStage("share", [ScoringStageNames.Aggregate])
    {
        public override StageFlow Execute(ScoringContext context) => StageFlow.Continue;

        protected override void OnValidate(ICollection<string> problems)
        {
            if (!(share > 0 && share <= 1))
            {
                problems.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ShareStage.Share is {share}; value should be in range (0, 1]."));
            }
        }
    }

    [Fact]
    public void Build_Twice_IsRefusedBecauseTheBuilderIsFrozen()
    {
        var builder = new ScoringPipelineBuilder().AddDefaultStages();
        builder.Build(Catalog);

        builder.IsFrozen.Should().BeTrue();
        builder.Invoking(b => b.Build(Catalog)).Should().Throw<InvalidOperationException>().WithMessage("*frozen*");
        builder.Invoking(b => b.Remove(ScoringStageNames.Norms)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Build_Empty_SaysWhatToAdd()
    {
        new ScoringPipelineBuilder().Invoking(b => b.Build(Catalog)).Should().Throw<InvalidOperationException>().WithMessage("*no stages; call AddDefaultStages()*");
    }
}
