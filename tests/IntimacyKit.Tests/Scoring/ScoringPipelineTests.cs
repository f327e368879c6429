using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Scoring;

/// <summary>Each built-in stage against vectors computed by hand.</summary>
public class ScoringPipelineTests
{
    private static readonly ScoringPipeline Default = ScoringPacks.Pipeline(ScoringPacks.Create());

    [Theory]
    [InlineData(1, 5, new[] { 4, 2, 3, 5 }, 4.0, 4)]
    [InlineData(1, 7, new[] { 2, 1, 7, 1 }, 4.25, 7)]
    [InlineData(0, 4, new[] { 0, 1, 4, 2 }, 2.25, 3)]
    public void ReverseKey_ReverseKeyedItem_IsScoredAsMinPlusMaxMinusAnswer(int min, int max, int[] answers, double expectedMean, int expectedKeyed)
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(min, max));

        var result = pipeline.Score(ScoringPacks.Response(("a1", answers[0]), ("a2", answers[1]), ("a3", answers[2]), ("a4", answers[3])));

        var score = result.GetScore("s1");
        score.Value.Should().Be(expectedMean);
        var reversed = score.Explain().Counted.Single(p => p.Id == "a2");
        (reversed.Raw, reversed.Value, reversed.Reversed).Should().Be((answers[1], expectedKeyed, true));
    }

    [Fact]
    public void MissingData_ExactlyTheMinimumAnswered_ScoresTheMeanOfTheAnsweredItems()
    {
        var result = Default.Score(ScoringPacks.Response(("a1", 2), ("a2", null), ("a3", 4), ("a4", 5)));

        var score = result.GetScore("s1");
        score.Value.Should().Be(11.0 / 3);
        score.Answered.Should().Be(3);
        score.Explain().Missing.Should().Equal("a2");
    }

    [Fact]
    public void MissingData_OneBelowTheMinimum_LeavesTheScaleUnscoredWithTheReason()
    {
        var result = Default.Score(ScoringPacks.Response(("a1", 2), ("a3", 4)));

        var score = result.GetScore("s1");
        score.Value.Should().BeNull();
        score.Status.Should().Be(ScoreStatus.NotScored);
        score.NotScoredReason.Should().Be(NotScoredReason.TooFewAnswers);
        score.Band.Should().BeNull();
        score.Explain().Text.Should().Contain("not scored (too few items answered)").And.Contain("at least 3 of 4 items needed");
    }

    [Fact]
    public void Aggregate_SumWithOneMissing_IsProratedAndNotRounded()
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(aggregation: Aggregation.Sum));

        var result = pipeline.Score(ScoringPacks.Response(("a1", 2), ("a2", null), ("a3", 4), ("a4", 5)));

        result.GetScore("s1").Value.Should().Be(11.0 * 4 / 3);
    }

    [Fact]
    public void Aggregate_SumFullyAnswered_IsThePlainSum()
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(aggregation: Aggregation.Sum));

        var result = pipeline.Score(ScoringPacks.Response(("a1", 2), ("a2", 1), ("a3", 4), ("a4", 5)));

        result.GetScore("s1").Value.Should().Be(2 + 5 + 4 + 5);
    }

    [Fact]
    public void Aggregate_NegativeCompositeWeight_CountsTheScaleAgainstTheComposite()
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(weight1: 1, weight2: -0.5));

        var result = pipeline.Score(ScoringPacks.Response(
            ("a1", 4), ("a2", 2), ("a3", 4), ("a4", 4),
            ("b1", 2), ("b2", 2), ("b3", 2), ("b4", 4)));

        result.GetScore("s1").Value.Should().Be(4);
        result.GetScore("s2").Value.Should().Be(2);
        result.GetScore("net").Value.Should().Be((4 - 1.0) / 1.5);
        result.Composites.Single().Explain().Counted.Select(p => p.Weight).Should().Equal(1, -0.5);
    }

    [Theory]
    [InlineData(2, null, NotScoredReason.TooFewScales)]
    [InlineData(1, 4.0, NotScoredReason.None)]
    public void Aggregate_CompositeMinimum_DecidesWhetherItIsScored(int minScales, double? expected, NotScoredReason reason)
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(minScales: minScales));

        var result = pipeline.Score(ScoringPacks.Response(("a1", 4), ("a2", 2), ("a3", 4), ("a4", 4), ("b1", 2)));

        result.GetScore("net").Value.Should().Be(expected);
        result.GetScore("net").NotScoredReason.Should().Be(reason);
        result.GetScore("net").Answered.Should().Be(1);
    }

    [Theory]
    [InlineData(1, 1, 1, 1, "low")]
    [InlineData(3, 3, 3, 2, "low")]
    [InlineData(3, 3, 3, 3, "high")]
    [InlineData(5, 1, 5, 5, "high")]
    public void Bands_ScoresAtTheCutOffs_FallInTheBandThatStartsThere(int a1, int a2, int a3, int a4, string band)
    {
        var result = Default.Score(ScoringPacks.Response(("a1", a1), ("a2", a2), ("a3", a3), ("a4", a4)));

        result.GetScore("s1").Band!.Id.Should().Be(band);
        result.GetScore("s1").Band!.Provenance.Should().Be("test cut-offs");
    }

    [Fact]
    public void Bands_SumAtTheHighestPossibleScore_IsInTheTopBand()
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(aggregation: Aggregation.Sum));

        var result = pipeline.Score(ScoringPacks.Response(("a1", 5), ("a2", 1), ("a3", 5), ("a4", 5)));

        result.GetScore("s1").Value.Should().Be(20);
        result.GetScore("s1").Band!.Id.Should().Be("high");
    }

    [Fact]
    public void Norms_ScaleWithNorms_GetsZTAndPercentile()
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(norms: new Norms(3, 0.5, 0.8, "test norms")));

        var result = pipeline.Score(ScoringPacks.Response(("a1", 4), ("a2", 2), ("a3", 4), ("a4", 4)));

        var standard = result.GetScore("s1").Standard!.Value;
        standard.Z.Should().Be(2);
        standard.T.Should().Be(70);
        standard.Percentile.Should().BeApproximately(97.7249868, 1e-5);
        result.GetScore("s2").Standard.Should().BeNull("s2 has no norms");
    }

    [Theory]
    [InlineData(-1.0, 15.8655254)]
    [InlineData(0.0, 50.0)]
    [InlineData(1.959964, 97.5)]
    public void Norms_Percentile_MatchesTheNormalDistribution(double z, double percentile)
    {
        NormalDistribution.Cdf(z).Should().BeApproximately(percentile / 100, 1e-7);
    }

    [Fact]
    public void Safety_AnswerAtTheUrgentThreshold_RaisesBothFlagsUrgentFirstWithSupport()
    {
        var result = Default.Score(ScoringPacks.Response(("danger", 5), ("a1", 3)));

        result.SafetyFlags.Select(f => (f.Flag, f.Severity)).Should().Equal(("current-harm", SafetySeverity.Urgent), ("possible-harm", SafetySeverity.Concern));
        result.RequiresSupportFirst.Should().BeTrue();
        result.SupportResources.Select(r => r.Id).Should().Equal("emergency", "counsellor");
        result.SafetyFlags[0].Explanation.Should().Be("Rule 'danger-urgent' raised the urgent flag 'current-harm' because item 'danger' was answered 5, at least 5.");
        result.HasSafetyFlag("possible-harm").Should().BeTrue();
    }

    [Fact]
    public void Safety_ConcernOnly_DoesNotRequireSupportFirst()
    {
        var result = Default.Score(ScoringPacks.Response(("danger", 4)));

        result.SafetyFlags.Should().ContainSingle().Which.Flag.Should().Be("possible-harm");
        result.RequiresSupportFirst.Should().BeFalse();
    }

    [Fact]
    public void Safety_StopOnUrgentFlag_EndsThePipelineAfterSafety()
    {
        var recommender = new FakeRecommender();
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(), new ScoringOptions { Safety = new SafetyOptions { StopOnUrgentFlag = true } }, recommender);

        var result = pipeline.Score(ScoringPacks.Response(("danger", 5), ("a1", 4), ("a2", 2), ("a3", 4), ("a4", 4)));

        result.StoppedAfter.Should().Be(ScoringStageNames.Safety);
        recommender.Calls.Should().Be(0);
        result.GetScore("s1").Value.Should().Be(4, "stages before safety still ran");
    }

    [Fact]
    public void Validate_Strict_ThrowsOnceListingEveryProblemAndTheSafetyFlags()
    {
        var response = ScoringPacks.Response(("zz", 3), ("a1", 9), ("a3", 2), ("a3", 4), ("danger", 5));

        var score = () => Default.Score(response);

        var exception = score.Should().Throw<ScoringException>().Which;
        exception.Problems.Select(p => (p.Code, p.ItemId)).Should().Equal(
            (ScoringProblemCodes.UnknownItem, "zz"),
            (ScoringProblemCodes.OutOfRange, "a1"),
            (ScoringProblemCodes.DuplicateAnswer, "a3"));
        exception.Problems[1].Message.Should().Be("Value 9 is outside response scale 'answers'; value should be in range [1-5].");
        exception.Message.Should().Contain("3 problems").And.Contain("zz: Assessment 'vectors' has no item 'zz'.");
        exception.RequiresSupportFirst.Should().BeTrue("a person who may be in danger is shown support even when scoring fails");
    }

    [Fact]
    public void Validate_Lenient_DropsBadAnswersAndWarns()
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(), new ScoringOptions { Validation = new ValidationOptions { Policy = ValidationPolicy.Lenient } });

        var result = pipeline.Score(ScoringPacks.Response(("zz", 3), ("a1", 9), ("a2", 2), ("a3", 4), ("a4", 5), ("a4", 1)));

        result.Warnings.Select(w => (w.Code, w.ItemId)).Should().Equal(
            (ScoringProblemCodes.UnknownItem, "zz"),
            (ScoringProblemCodes.OutOfRange, "a1"),
            (ScoringProblemCodes.DuplicateAnswer, "a4"));
        result.GetScore("s1").Value.Should().Be((4 + 4 + 5) / 3.0);
        result.Answers.Should().HaveCount(6, "the result keeps the answers as given");
    }

    [Fact]
    public void Validate_UnknownRelationshipKind_IsAProblem()
    {
        var response = new AssessmentResponse(ScoringPacks.AssessmentId, SemanticVersion.Parse("1.0.0"), "cousin", [], DateTimeOffset.UnixEpoch);

        var score = () => Default.Score(response);

        score.Should().Throw<ScoringException>().Which.Problems.Single().Code.Should().Be(ScoringProblemCodes.UnknownRelationshipKind);
    }

    [Fact]
    public void Score_WrongAssessmentOrVersion_IsRefusedWhateverThePolicy()
    {
        var lenient = ScoringPacks.Pipeline(ScoringPacks.Create(), new ScoringOptions { Validation = new ValidationOptions { Policy = ValidationPolicy.Lenient } });
        var otherVersion = new AssessmentResponse(ScoringPacks.AssessmentId, SemanticVersion.Parse("2.0.0"), "romantic", [], DateTimeOffset.UnixEpoch);
        var otherAssessment = new AssessmentResponse("nope", SemanticVersion.Parse("1.0.0"), "romantic", [], DateTimeOffset.UnixEpoch);

        lenient.Invoking(p => p.Score(otherVersion)).Should().Throw<ScoringException>().Which.Problems.Single().Code.Should().Be(ScoringProblemCodes.WrongVersion);
        lenient.Invoking(p => p.Score(otherAssessment)).Should().Throw<ScoringException>().WithMessage("*Assessment 'nope' is not in the catalog. Known: vectors.*");
    }

    [Fact]
    public void ResponseQuality_SameAnswerEverywhere_FlagsStraightLiningButStillScores()
    {
        var profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.Catalog);
        var builder = AssessmentResponse.For(profile, "romantic");
        foreach (var item in profile.Items.Where(i => i.Scale is not null))
        {
            builder.Answer(item.Id, 4);
        }

        var result = pipeline.Score(builder.Build(TimeProvider.System));

        result.QualityFlags.Should().Contain(f => f.Kind == QualityFlagKind.StraightLining).Which.Message.Should().Contain("64 of 64");
        result.Scales.Should().OnlyContain(s => s.IsScored);
    }

    [Fact]
    public void ResponseQuality_OppositeItemsBothFullyAgreed_FlagsAContradictionInThatScale()
    {
        var result = Default.Score(ScoringPacks.Response(("a1", 5), ("a2", 5), ("a3", 3), ("b1", 5), ("b4", 4)));

        var flag = result.QualityFlags.Should().ContainSingle().Which;
        flag.Kind.Should().Be(QualityFlagKind.Contradiction);
        flag.ScaleId.Should().Be("s1");
        flag.ItemIds.Should().Equal("a1", "a2");
    }

    [Fact]
    public void ResponseQuality_AnswersFasterThanReading_AreFlagged()
    {
        var fast = Enumerable.Range(1, 4).SelectMany(k => new[] { new Answer($"a{k}", 3, TimeSpan.FromMilliseconds(300)), new Answer($"b{k}", 3, TimeSpan.FromMilliseconds(400)) });
        var response = new AssessmentResponse(ScoringPacks.AssessmentId, SemanticVersion.Parse("1.0.0"), "romantic", fast, DateTimeOffset.UnixEpoch);

        var result = Default.Score(response);

        result.QualityFlags.Should().ContainSingle(f => f.Kind == QualityFlagKind.TooFast).Which.Message.Should().Be("8 of 8 timed answers took less than 1 s, faster than the statements can be read; read these results with care.");
    }

    [Fact]
    public void Recommend_RegisteredRecommender_IsCalledWithTheResultAndPreferences()
    {
        var recommender = new FakeRecommender();
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(), recommender: recommender);
        var preferences = new RecommendationPreferences { MaxMinutes = 10 };

        var result = pipeline.Score(ScoringPacks.Response(("a1", 4), ("a2", 2), ("a3", 4), ("a4", 4)), preferences);

        recommender.LastRequest!.Preferences.Should().BeSameAs(preferences);
        recommender.LastRequest.Result.GetScore("s1").Value.Should().Be(4, "the recommender sees the scored result");
        result.Recommendations.Should().ContainSingle().Which.Exercise.Id.Should().Be("fake");
    }

    [Fact]
    public void Recommend_NoRecommender_LeavesRecommendationsEmpty()
    {
        Default.Score(ScoringPacks.Response(("a1", 4))).Recommendations.Should().BeEmpty();
    }

    [Fact]
    public void Score_EveryStage_RunsInTheDocumentedOrder()
    {
        Default.StageNames.Should().Equal("validate", "reverse-key", "missing-data", "aggregate", "norms", "bands", "safety", "response-quality");
        new ScoringPipelineBuilder().AddDefaultStages().AddRecommendations(new FakeRecommender()).Build(Default.Catalog)
            .StageNames.Should().EndWith(["response-quality", "recommend"]);
    }

    [Fact]
    public void Result_ScalesAndComposites_EnumerateWithoutAllocatingViews()
    {
        var result = Default.Score(ScoringPacks.Response(("a1", 4), ("a2", 2), ("a3", 4), ("a4", 4)));

        result.Scales.Select(s => s.Id).Should().Equal("s1", "s2");
        result.Composites.Select(s => s.Id).Should().Equal("net");
        result.Invoking(r => r.GetScore("nope")).Should().Throw<KeyNotFoundException>().WithMessage("*Known: s1, s2, net.");
        result.GetScore("s1").ToString().Should().Be("s1: 4 (High)");
    }

    internal sealed class FakeRecommender : IRecommender
    {
        public int Calls { get; private set; }

        public RecommendationRequest? LastRequest { get; private set; }

        public ImmutableArray<Recommendation> Recommend(RecommendationRequest request)
        {
            Calls++;
            LastRequest = request;
            var exercise = new Exercise("fake", "Fake", "A fake exercise.", ["Do it."], ["o1"], ExerciseMode.Solo, Difficulty.Gentle, 5, ExerciseFrequency.Once, ["romantic"]);
            return [new Recommendation(exercise, [new RecommendationReason("o1", "s1", 4, "high", "test")], "Because it is a test.")];
        }
    }

    [Fact]
    public void Safety_ASkippedStatementWithTwoRulesOfOneFlag_RaisesThatFlagOnce_AndRuleWordsComeFirst()
    {
        var catalog = DefaultContent.Catalog;
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var quick = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        Answer Lowest(AssessmentItem item) => new(item.Id, catalog.GetResponseScale(quick, item).Min);

        var skipped = pipeline.Score(new AssessmentResponse(quick.Id, quick.Version, "romantic", quick.Items.Where(i => i.Id != "safety-harming-other").Select(Lowest), DateTimeOffset.UnixEpoch));
        var selfHarm = pipeline.Score(new AssessmentResponse(quick.Id, quick.Version, "romantic", quick.Items.Select(i => i.Id == "safety-self-harm" ? new Answer(i.Id, 1) : Lowest(i)), DateTimeOffset.UnixEpoch));

        skipped.SafetyFlags.Should().ContainSingle().Which.Should().Match<SafetyFlag>(f => f.Flag == "harming-other" && f.NotAnswered && f.Severity == SafetySeverity.Concern);
        skipped.SupportMessages.Should().Equal(skipped.Notices.Concern);
        selfHarm.SupportMessages.Should().ContainSingle().Which.Should().StartWith("You said you have had thoughts of harming yourself", "a person with thoughts of self-harm is not told that someone else may be hurting them");
        SafetyFlag.SupportMessages(selfHarm.SafetyFlags, selfHarm.Notices).Should().Equal(selfHarm.SupportMessages, "an unscorable response gets the same words");
    }
}
