using IntimacyKit.Content;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;

namespace IntimacyKit.Tests.Recommendations;

public class DefaultRecommenderTests
{
    private static readonly ContentCatalog Catalog = DefaultContent.Catalog;
    private static readonly Assessment Profile = Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
    private static readonly ScoringPipeline Pipeline = new ScoringPipelineBuilder()
        .AddDefaultStages()
        .AddRecommendations(new DefaultRecommender())
        .Build(Catalog);

    /// <summary>A profile response: every obstacle at <paramref name="baseline"/>, the named ones at their levels (keyed), safety answers as given.</summary>
    private static AssessmentResponse Response(string kind, int baseline, Dictionary<string, int> levels, int afraid = 1)
    {
        var builder = AssessmentResponse.For(Profile, kind);
        foreach (var item in Profile.Items)
        {
            if (item.Scale is null)
            {
                builder.Answer(item.Id, item.Id == "safety-afraid" ? afraid : Catalog.GetResponseScale(Profile, item).Min);
                continue;
            }

            var level = levels.GetValueOrDefault(item.Scale, baseline);
            builder.Answer(item.Id, item.Reverse ? 6 - level : level);
        }

        return builder.Build(TimeProvider.System);
    }

    [Fact]
    public void Recommend_HighestObstaclesFirst_GentlestExerciseEachWithReasons()
    {
        var result = Pipeline.Score(Response("sibling", 2, new() { ["persona-mask"] = 5, ["not-listening"] = 4, ["shame"] = 3 }));

        result.Recommendations.Select(r => r.Exercise.Id).Should().Equal("mask-inventory", "listen-like-a-radio", "kind-witness");
        var first = result.Recommendations[0];
        first.Reasons.Should().ContainSingle().Which.Should().BeEquivalentTo(new RecommendationReason("persona-mask", "persona-mask", 5, "high", "obstacles above their lowest band, highest first; gentlest available exercise first"));
        first.Explanation.Should().Be("Suggested because 'Playing a part' came out as 'Mostly fits me' for you (score 5); 'Mask inventory' is a gentle step (difficulty 1 of 3) that suits this kind of relationship.");
    }

    [Fact]
    public void Recommend_GentleOnesDone_MovesUpTheChainTwoPerObstacleAtMost()
    {
        var preferences = new RecommendationPreferences { Done = ["mask-inventory", "unmasked-hour"] };

        var result = Pipeline.Score(Response("friendship", 1, new() { ["persona-mask"] = 5 }), preferences);

        result.Recommendations.Select(r => r.Exercise.Id).Should().Equal("mask-off-conversation");
        new DefaultRecommender(new DefaultRecommenderOptions { MaxPerObstacle = 1 }).Recommend(new RecommendationRequest(result, Catalog, RecommendationPreferences.None))
            .Select(r => r.Exercise.Id).Should().Equal("mask-inventory");
    }

    [Fact]
    public void Recommend_UrgentFlag_OffersOnlySafeSoloExercisesAndLeadsWithSupport()
    {
        var result = Pipeline.Score(Response("romantic", 2, new() { ["persona-mask"] = 5, ["selfishness"] = 5, ["not-listening"] = 4 }, afraid: 5));

        result.RequiresSupportFirst.Should().BeTrue();
        result.SupportResources[0].Kind.Should().Be("emergency-services");
        result.Recommendations.Should().NotBeEmpty()
            .And.OnlyContain(r => r.Exercise.Contraindications.IsEmpty && (r.Exercise.Mode == ExerciseMode.Solo || r.Exercise.Mode == ExerciseMode.Journal));
        result.Recommendations.Select(r => r.Exercise.Id).Should().Equal("mask-inventory");
        result.Recommendations[0].Explanation.Should().EndWith("only exercises you can do on your own are suggested, and the support options come first.");
    }

    [Fact]
    public void Recommend_ConcernFlag_NeverOffersAContraindicatedExercise()
    {
        var done = new RecommendationPreferences { Done = ["mask-inventory"] };

        var result = Pipeline.Score(Response("romantic", 2, new() { ["persona-mask"] = 5 }, afraid: 2), done);

        result.HasSafetyFlag("possible-harm").Should().BeTrue();
        result.RequiresSupportFirst.Should().BeFalse();
        result.Recommendations.Should().NotContain(r => r.Exercise.Contraindications.Contains("possible-harm"));
        result.Recommendations.Select(r => r.Exercise.Id).Should().NotContain("unmasked-hour");
    }

    [Fact]
    public void Recommend_KindModesAndMinutes_FilterTheExercises()
    {
        var done = new RecommendationPreferences { Done = ["good-enough-list", "here-and-now-evening"] };
        var parent = Pipeline.Score(Response("parent-child", 1, new() { ["perfectionism"] = 5 }), done);
        var partner = Pipeline.Score(Response("romantic", 1, new() { ["perfectionism"] = 5 }), done);
        var shortOnly = Pipeline.Score(Response("romantic", 1, new() { ["not-listening"] = 5 }), new RecommendationPreferences { MaxMinutes = 5 });
        var journals = Pipeline.Score(Response("romantic", 1, new() { ["not-listening"] = 5, ["shame"] = 5 }), new RecommendationPreferences { Modes = [ExerciseMode.Journal] });

        parent.Recommendations.Should().BeEmpty("the stretching perfectionism talk does not suit a parent speaking with a child");
        partner.Recommendations.Select(r => r.Exercise.Id).Should().Equal("committing-to-real");
        shortOnly.Recommendations.Should().BeEmpty("the gentle listening exercise takes 10 minutes");
        journals.Recommendations.Should().OnlyContain(r => r.Exercise.Mode == ExerciseMode.Journal).And.Contain(r => r.Exercise.Id == "kind-witness");
    }

    [Fact]
    public void Recommend_AllObstaclesLow_RecommendsNothing()
    {
        Pipeline.Score(Response("romantic", 1, [])).Recommendations.Should().BeEmpty();
    }

    [Fact]
    public void Recommend_ListLength_IsConfigurableAndStable()
    {
        var recommender = new DefaultRecommender(new DefaultRecommenderOptions { MaxRecommendations = 3 });
        var result = Pipeline.Score(Response("romantic", 4, []));

        var first = recommender.Recommend(new RecommendationRequest(result, Catalog, RecommendationPreferences.None));
        var again = recommender.Recommend(new RecommendationRequest(result, Catalog, RecommendationPreferences.None));

        first.Should().HaveCount(3);
        first.Select(r => r.Exercise.Id).Should().Equal(again.Select(r => r.Exercise.Id));
        first.Select(r => r.Exercise.Id).Should().Equal(["their-week", "feelings-log", "warmth-noticing"], "ties follow content order");
        var invalid = () => new DefaultRecommender(new DefaultRecommenderOptions { MaxPerObstacle = 0 });
        invalid.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value should be in range [1-10].*");
    }
}
