using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Scoring;

/// <summary>
/// The builder fuses the built-in stages from reverse-key to response-quality into one pass when they stand together
/// unreplaced; the fused pass gives exactly the results of the stages run one by one, and any stage a host adds,
/// replaces or removes inside the run turns fusion off so that it runs where it was put.
/// </summary>
public class FusedStagesTests
{
    private static readonly ContentCatalog Catalog = DefaultContent.Catalog;

    [Fact]
    public void DefaultPipeline_IsFused_AndWithoutFusion_IsNot()
    {
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog);

        pipeline.IsFused.Should().BeTrue();
        pipeline.WithoutFusion().IsFused.Should().BeFalse();
        pipeline.StageNames.Should().Equal("validate", "reverse-key", "missing-data", "aggregate", "norms", "bands", "safety", "response-quality");
    }

    [Theory]
    [InlineData(ValidationPolicy.Lenient, false)]
    [InlineData(ValidationPolicy.Lenient, true)]
    [InlineData(ValidationPolicy.Strict, true)]
    public void TenThousandRandomResponses_FusedAndOneByOne_GiveTheSameResults(ValidationPolicy policy, bool stopOnUrgent)
    {
        var options = new ScoringOptions { Validation = new() { Policy = policy }, Safety = new() { StopOnUrgentFlag = stopOnUrgent } };
        var seen = new List<string>();
        var fused = new ScoringPipelineBuilder().AddDefaultStages(options).AddStage(Capture(seen)).Build(Catalog);
        var oneByOne = fused.WithoutFusion();
        fused.IsFused.Should().BeTrue();
        var random = new Random(20261130 + (int)policy + (stopOnUrgent ? 2 : 0));
        var stopped = 0;
        var thrown = 0;
        var flagged = 0;

        for (var n = 0; n < 10_000; n++)
        {
            var response = RandomResponse(random);
            var a = Outcome(fused, response, seen);
            var b = Outcome(oneByOne, response, seen);

            a.Should().Be(b, $"response {n} ({response.AssessmentId}) scores the same either way");
            stopped += a.Contains("\"stoppedAfter\": \"safety\"", StringComparison.Ordinal) ? 1 : 0;
            thrown += a.StartsWith("throws", StringComparison.Ordinal) ? 1 : 0;
            flagged += a.Contains("\"severity\"", StringComparison.Ordinal) ? 1 : 0;
        }

        // The random responses reach every path: flags, stops where asked, rejections where strict.
        flagged.Should().BeGreaterThan(1000);
        if (stopOnUrgent)
        {
            stopped.Should().BeGreaterThan(100);
        }

        if (policy == ValidationPolicy.Strict)
        {
            thrown.Should().BeGreaterThan(100);
        }
    }

    [Theory]
    [InlineData(0, 10, true)]
    [InlineData(1, 5, false)]
    public void OtherScalesAndOptions_FusedAndOneByOne_GiveTheSameResults(int min, int max, bool checkContradictions)
    {
        // An 11-point scale does not fit the packed histogram, so the fused stage runs the stages one by one inside.
        var catalog = new ContentCatalog(ScoringPacks.Create(min, max));
        var options = new ScoringOptions { ResponseQuality = new() { CheckContradictions = checkContradictions, StraightLiningMinItems = 4 } };
        var seen = new List<string>();
        var fused = new ScoringPipelineBuilder().AddDefaultStages(options).AddStage(Capture(seen)).Build(catalog);
        var oneByOne = fused.WithoutFusion();
        var assessment = catalog.Assessments[0];
        var random = new Random(min + max);

        fused.IsFused.Should().BeTrue();
        for (var n = 0; n < 2_000; n++)
        {
            var answers = assessment.Items
                .Where(_ => random.NextDouble() > 0.1)
                .Select(item => random.NextDouble() < 0.1 ? Answer.Skipped(item.Id) : new Answer(item.Id, random.NextDouble() < 0.5 ? (random.Next(2) == 0 ? min : max) : random.Next(min, max + 1)));
            var response = new AssessmentResponse(assessment.Id, assessment.Version, catalog.RelationshipKinds[0].Id, answers, new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

            Outcome(fused, response, seen).Should().Be(Outcome(oneByOne, response, seen), $"response {n} scores the same either way");
        }
    }

    [Theory]
    [InlineData(Aggregation.Mean, 40)]
    [InlineData(Aggregation.Sum, 40)]
    [InlineData(Aggregation.Sum, 4)]
    public void LongAndSumScales_FusedAndOneByOne_GiveTheSameResults(Aggregation aggregation, int longItems)
    {
        // A 40-item scale on seven points has too many possible scores for a table (ScaleValueTable), so the fused walk
        // computes its score; the 4-item scale beside it reads its score from the table. Both must match the stages.
        var catalog = new ContentCatalog(LongScalePack(aggregation, longItems));
        var seen = new List<string>();
        var fused = new ScoringPipelineBuilder().AddDefaultStages().AddStage(Capture(seen)).Build(catalog);
        var oneByOne = fused.WithoutFusion();
        var assessment = catalog.Assessments[0];
        var random = new Random(longItems + (int)aggregation);

        fused.IsFused.Should().BeTrue();
        for (var n = 0; n < 2_000; n++)
        {
            var answers = assessment.Items
                .Where(_ => random.NextDouble() > 0.05)
                .Select(item => random.NextDouble() < 0.05 ? Answer.Skipped(item.Id) : new Answer(item.Id, random.Next(1, 8)));
            var response = new AssessmentResponse(assessment.Id, assessment.Version, "romantic", answers, DateTimeOffset.UnixEpoch);

            Outcome(fused, response, seen).Should().Be(Outcome(oneByOne, response, seen), $"response {n} scores the same either way");
        }
    }

    [Fact]
    public void AResponseScaleRunningBackwards_IsRefusedWhereThePackIsMade_SoNoPipelineReadsByIt()
    {
        // The unchecked answer run and walk rely on every response scale running forwards within [-10000, 10000]: the
        // validator in ContentPack's constructor holds for packs built in code as for files.
        var backwards = () => ScoringPacks.Create(5, 4);
        var farOut = () => ScoringPacks.Create(1, 20_000);

        backwards.Should().Throw<ContentValidationException>().WithMessage("*has min 5 and max 4; max should be greater than min*");
        farOut.Should().Throw<ContentValidationException>().WithMessage("*runs from 1 to 20000; its values should be in range [-10000, 10000]*");
    }

    [Fact]
    public void ADefaultAnswer_IsAProblemWithItsPosition_NotACrash()
    {
        var assessment = Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var response = new AssessmentResponse(assessment.Id, assessment.Version, "romantic", [default(Answer)], DateTimeOffset.UnixEpoch);
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog);

        var outcome = pipeline.TryScore(response);

        outcome.Problems.Should().ContainSingle(p => p.Code == ScoringProblemCodes.UnknownItem).Which.Message.Should().Be(
            "Answer 1 names no item (it is default(Answer)); create answers with an item id.");
        pipeline.Score(new AssessmentResponse(assessment.Id, assessment.Version, "romantic", [], DateTimeOffset.UnixEpoch)).Should().NotBeNull(
            "the thread's context is free for the next call");
    }

    /// <summary>A scale of <paramref name="longItems"/> items and one of 4 (every third item reverse-keyed), on 1 to 7, with bands.</summary>
    internal static ContentPack LongScalePack(Aggregation aggregation, int longItems)
    {
        var items = Enumerable.Range(1, longItems).Select(k => new AssessmentItem($"l{k}", $"Long statement {k} about {{target}}.", "long", k % 3 == 0))
            .Concat(Enumerable.Range(1, 4).Select(k => new AssessmentItem($"s{k}", $"Short statement {k} about {{target}}.", "short", k == 2)))
            .ToList();
        List<Band> Bands(int count)
        {
            var (low, high) = aggregation == Aggregation.Sum ? (count, 7.0 * count) : (1, 7.0);
            var cut = (low + high) / 2;
            return [new Band("low", "Low", low, cut, "test cut-offs"), new Band("high", "High", cut, high, "test cut-offs")];
        }

        var scales = new[]
        {
            new Scale("long", "Long scale", "o1", null, aggregation, longItems / 2, Bands(longItems)),
            new Scale("short", "Short scale", "o1", null, aggregation, 2, Bands(4)),
        };
        var composite = new Composite("both", "Both", [new CompositeComponent("long", 1), new CompositeComponent("short", -0.5)], 1);
        var assessment = new Assessment("long-scales", SemanticVersion.Parse("1.0.0"), "Long scales", "Answer each.", "seven", items, scales, [composite], []);
        return new ContentPack(
            "long-scales-pack", SemanticVersion.Parse("1.0.0"), "en", "Long scales", "MIT", "Tests",
            [new RelationshipKind("romantic", "Partner", "your partner")],
            [new Obstacle("o1", "c", "One", "First.", ["Sign."], ["Origin."])],
            [],
            [new ResponseScale("seven", 1, 7, Enumerable.Range(1, 7).Select(v => $"Point {v}"))],
            [assessment],
            []);
    }

    [Fact]
    public void AStageInsertedInsideTheRun_TurnsFusionOff_AndRunsWhereItWasPut()
    {
        var order = new List<string>();
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertAfter(ScoringStageNames.Aggregate, ScoringStage.Create("halve-first-scale", context =>
            {
                order.Add("halve-first-scale");
                context.SetScore(context.Assessment.Scales[0].Id, context.Result.Scales[0].Value!.Value / 2);
                return StageFlow.Continue;
            }))
            .Build(Catalog);
        var plain = new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog);
        var response = RandomResponse(new Random(3), DefaultContent.ProfileAssessmentId, safe: true);

        pipeline.IsFused.Should().BeFalse();
        var result = pipeline.Score(response);
        var expected = plain.Score(response);

        order.Should().Equal("halve-first-scale");
        result.Scales[0].Value.Should().Be(expected.Scales[0].Value / 2);
        result.Scales[1].Value.Should().Be(expected.Scales[1].Value);
    }

    [Fact]
    public void AReplacedBuiltInStage_TurnsFusionOff_AndTheReplacementRuns()
    {
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .Replace(ScoringStageNames.Bands, ScoringStage.Create(ScoringStageNames.Bands, _ => StageFlow.Continue))
            .Build(Catalog);
        var response = RandomResponse(new Random(5), DefaultContent.ProfileAssessmentId, safe: true);

        pipeline.IsFused.Should().BeFalse();
        pipeline.Score(response).Scales.Should().OnlyContain(s => s.Band == null, "the replacement assigns no bands");
    }

    [Fact]
    public void AStageBeforeOrAfterTheRun_KeepsFusion()
    {
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertBefore(ScoringStageNames.ReverseKey, ScoringStage.Create("before", _ => StageFlow.Continue))
            .InsertAfter(ScoringStageNames.ResponseQuality, ScoringStage.Create("after", _ => StageFlow.Continue))
            .Build(Catalog);

        pipeline.IsFused.Should().BeTrue();
    }

    /// <summary>The result as JSON, with what a later stage saw of the raw and keyed answers; or the exception's problems.</summary>
    private static string Outcome(ScoringPipeline pipeline, AssessmentResponse response, List<string> seen)
    {
        seen.Clear();
        try
        {
            var result = pipeline.Score(response);
            return AssessmentResultSerializer.ToJson(result) + "\n" + string.Join("|", seen) + "\n" + string.Join("|", result.Scales.Concat(result.Composites).Select(s => $"{s.Id}:{s.Band?.Id}:{s.Answered}:{s.Status}"));
        }
        catch (ScoringException exception)
        {
            return "throws " + string.Join("\n", exception.Problems.Select(p => $"{p.Code} {p.ItemId} {p.Message}")) + "\n" + string.Join("|", exception.SafetyFlags.Select(f => $"{f.Flag}:{f.Severity}:{f.ItemId}"));
        }
    }

    /// <summary>A last stage that records the raw and keyed answers the earlier stages left.</summary>
    private static ScoringStage Capture(List<string> seen) => ScoringStage.Create("capture", context =>
    {
        for (var i = 0; i < context.ItemCount; i++)
        {
            seen.Add($"{context.RawAnswer(i)}/{context.KeyedAnswer(i)}");
        }

        return StageFlow.Continue;
    });

    /// <summary>
    /// A response to a random default assessment: mostly answers in range, with skips, "does not apply", missing
    /// items, answers out of range, unknown items, repeats, shuffled order, safety statements answered high and
    /// response times (some too fast to have read the statement).
    /// </summary>
    private static AssessmentResponse RandomResponse(Random random, string? assessmentId = null, bool safe = false)
    {
        var assessments = Catalog.Assessments;
        var assessment = assessmentId is null ? assessments[random.Next(assessments.Length)] : Catalog.GetAssessment(assessmentId);
        var kinds = Catalog.RelationshipKinds;
        var style = random.Next(4); // 0: straight-lining, 1: coherent, 2: random, 3: contradictory
        var level = random.Next(1, 6);
        var timed = random.NextDouble() < 0.2;
        var answers = new List<Answer>();
        foreach (var item in assessment.Items)
        {
            var scale = Catalog.GetResponseScale(assessment, item);
            var roll = random.NextDouble();
            TimeSpan? time = timed ? TimeSpan.FromMilliseconds(random.Next(100, 6000)) : null;
            if (item.Scale is null)
            {
                // A safety statement: usually the lowest answer, sometimes higher, sometimes skipped.
                var value = safe || roll < 0.8 ? scale.Min : random.Next(scale.Min, scale.Max + 1);
                answers.Add(!safe && roll > 0.97 ? Answer.Skipped(item.Id, time) : new Answer(item.Id, value, time));
                continue;
            }

            if (!safe && roll < 0.04)
            {
                continue;
            }

            if (!safe && roll < 0.08)
            {
                answers.Add(item.OffersNotApplicable && roll < 0.06 ? Answer.NotApplicable(item.Id, time) : Answer.Skipped(item.Id, time));
                continue;
            }

            var answer = style switch
            {
                0 => level,
                1 => Math.Clamp(level + random.Next(-1, 2), scale.Min, scale.Max),
                2 => random.Next(scale.Min, scale.Max + 1),
                _ => item.Reverse ? scale.Max : scale.Max - (level % 2 == 0 ? 0 : scale.Max - scale.Min),
            };
            answer = Math.Clamp(answer, scale.Min, scale.Max);
            if (!safe && roll > 0.995)
            {
                answer = scale.Max + 1 + random.Next(3);
            }

            answers.Add(new Answer(item.Id, answer, time));
        }

        if (!safe)
        {
            var extra = random.NextDouble();
            if (extra < 0.01)
            {
                answers.Add(new Answer("no-such-item", 3));
            }
            else if (extra < 0.02 && answers.Count > 0)
            {
                answers.Add(answers[random.Next(answers.Count)]);
            }

            if (random.NextDouble() < 0.3)
            {
                answers = [.. answers.OrderBy(_ => random.Next())];
            }
        }

        var kind = kinds[random.Next(kinds.Length)].Id;
        return new AssessmentResponse(assessment.Id, assessment.Version, kind, answers, new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), $"r{random.Next()}");
    }
}
