using IntimacyKit.Content;
using IntimacyKit.Psychometrics;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Content;

/// <summary>Issue 12: statements that read right for every relationship, balanced keys, a quick check that leads somewhere.</summary>
public class DefaultContentStatementsTests
{
    private static readonly ContentPack Pack = DefaultContent.Pack;
    private static readonly ContentCatalog Catalog = DefaultContent.Catalog;
    private static readonly Assessment Profile = Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
    private static readonly Assessment QuickCheck = Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
    private static readonly Assessment Listening = Catalog.GetAssessment(DefaultContent.ListeningCheckAssessmentId);
    private static readonly ScoringPipeline Pipeline = new ScoringPipelineBuilder()
        .AddDefaultStages()
        .AddRecommendations(new DefaultRecommender())
        .Build(Catalog);

    [Fact]
    public void Keys_ProfileScales_HaveTwoReversedOfFour_QuickCheckCategoriesHaveBothKeys()
    {
        foreach (var scale in Profile.Scales)
        {
            Profile.ItemsOf(scale.Id).Count(i => i.Reverse).Should().Be(2, scale.Id);
        }

        foreach (var scale in QuickCheck.Scales)
        {
            var items = QuickCheck.ItemsOf(scale.Id);
            items.Should().Contain(i => i.Reverse, scale.Id).And.Contain(i => !i.Reverse, scale.Id);
            items.Should().OnlyContain(i => i.Obstacle != null, "every quick-check statement names its obstacle");
        }

        QuickCheck.Items.Where(i => i.Scale != null).Select(i => i.Obstacle).Should().BeEquivalentTo(Pack.Obstacles.Select(o => o.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SameAnswerEverywhere_PutsAtMostTwoScalesInTheTopBand_AndAsksForCare(bool doesNotApplyWhereOffered)
    {
        foreach (var assessment in Pack.Assessments)
        {
            var scale = Catalog.GetResponseScale(assessment.ResponseScale);
            for (var value = scale.Min; value <= scale.Max; value++)
            {
                var answers = assessment.Items.Select((item, i) =>
                    i < assessment.SafetyItemCount ? new Answer(item.Id, Catalog.GetResponseScale(assessment, item).Min)
                    : doesNotApplyWhereOffered && item.OffersNotApplicable ? Answer.NotApplicable(item.Id)
                    : new Answer(item.Id, value));
                var result = Pipeline.Score(new AssessmentResponse(assessment.Id, assessment.Version, "romantic", answers, DateTimeOffset.UnixEpoch));

                result.Scales.Count(s => s.Band is { } b && b.Id == s.Bands[^1].Id).Should().BeLessThanOrEqualTo(2, $"{assessment.Id} answered {value} throughout");
                if (assessment.Items.Count(i => i.Scale != null) >= 10)
                {
                    result.QualityFlags.Should().Contain(f => f.Kind == QualityFlagKind.StraightLining && f.Message.Contains("with care", StringComparison.Ordinal), $"{assessment.Id} answered {value} throughout");
                }
            }
        }
    }

    [Theory]
    [InlineData("masks")]
    [InlineData("communication")]
    [InlineData("self-focus")]
    public void QuickCheck_ACategoryThatStandsOut_LeadsToOneToThreeGentleExercisesForItsObstacles(string category)
    {
        var answers = QuickCheck.Items.Select((item, i) =>
            i < QuickCheck.SafetyItemCount ? new Answer(item.Id, Catalog.GetResponseScale(QuickCheck, item).Min)
            : item.Scale == category ? new Answer(item.Id, item.Reverse ? 1 : 5)
            : new Answer(item.Id, 3));

        var result = Pipeline.Score(new AssessmentResponse(QuickCheck.Id, QuickCheck.Version, "sibling", answers, DateTimeOffset.UnixEpoch));

        var obstacles = QuickCheck.ItemsOf(category).Select(i => i.Obstacle).ToList();
        var firstThree = result.Recommendations.Take(3).ToList();
        firstThree.Should().NotBeEmpty();
        firstThree.Should().OnlyContain(r => r.Exercise.Difficulty == Difficulty.Gentle && r.Exercise.Steps.Length >= 3 && r.Explanation.Length > 0);
        firstThree.Should().OnlyContain(r => r.Exercise.Targets.Any(t => obstacles.Contains(t)));
        firstThree.Should().OnlyContain(r => r.Exercise.RelationshipKinds.Contains("sibling"));
    }

    [Fact]
    public void ListeningCheck_HighMeansMoreGaps_AndTheOthersListeningNeverBringsMeExercises()
    {
        // I listen well by my own account; I see the other as a poor listener.
        var answers = Listening.Items.Select((item, i) =>
            i < Listening.SafetyItemCount ? new Answer(item.Id, Catalog.GetResponseScale(Listening, item).Min)
            : item.Scale == "my-listening" ? new Answer(item.Id, item.Reverse ? 5 : 1)
            : new Answer(item.Id, item.Reverse ? 1 : 5));

        var result = Pipeline.Score(new AssessmentResponse(Listening.Id, Listening.Version, "romantic", answers, DateTimeOffset.UnixEpoch));

        result.GetScore("my-listening").Value.Should().Be(1, "good listening is few gaps");
        result.GetScore("their-listening").Value.Should().Be(5);
        result.GetScore("their-listening").IsAboutOther.Should().BeTrue();
        Listening.Scales.Single(s => s.Id == "my-listening").Title.Should().Contain("Gaps");
        result.Recommendations.Should().BeEmpty("rating the other as a poor listener is a perception for the comparison, not my own obstacle");
        Listening.Instructions.Should().Contain("not a diagnosis");
    }

    [Fact]
    public void ParentChild_ExercisesWhereAParentWouldConfideOrSeekReassurance_AreNotOffered()
    {
        string[] adultOnly = ["naming-the-ghost", "trust-history-talk", "show-a-hidden-part", "fear-ladder", "first-rung", "leap-in-the-dark", "real-self-evening", "laughing-at-faults"];

        Pack.Exercises.Where(e => adultOnly.Contains(e.Id)).Should().HaveCount(adultOnly.Length).And.OnlyContain(e => !e.RelationshipKinds.Contains("parent-child"));
        var ritual = Pack.Exercises.Single(e => e.Id == "affection-ritual");
        ritual.Steps.Should().Contain(s => s.Contains("Ask", StringComparison.Ordinal)).And.Contain(s => s.StartsWith("Stop", StringComparison.Ordinal));
        Pack.RelationshipKinds.Single(k => k.Id == "child-parent").Note.Should().Contain("adult");
        Pack.RelationshipKinds.Should().OnlyContain(k => k.Target.StartsWith("my ", StringComparison.Ordinal) && k.Possessive == k.Target + "'s");
    }

    [Fact]
    public void ParentChild_StatementsThatSuitAdultsOnly_HaveWordingForAParent()
    {
        foreach (var id in new[] { "selfishness-2", "perfectionism-3", "fear-of-vulnerability-3", "fear-of-vulnerability-4", "q-selfishness" })
        {
            var item = Pack.Assessments.SelectMany(a => a.Items).Single(i => i.Id == id);
            var parent = Catalog.RenderItemText(item, "parent-child");
            parent.Should().Contain("my child");
            if (item.TextByKind.ContainsKey("parent-child"))
            {
                parent.Should().NotBe(ItemText.Render(item.Text, Catalog.GetRelationshipKind("parent-child")));
            }
        }

        Pack.Assessments.SelectMany(a => a.Items).Count(i => i.TextByKind.ContainsKey("parent-child")).Should().BeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public void DoesNotApply_OnAnItemThatOffersIt_CountsAsNotAnswered_ElsewhereIsAProblem()
    {
        var offered = Profile.Items.First(i => i.OffersNotApplicable);
        var notOffered = Profile.Items.First(i => i.Scale != null && !i.OffersNotApplicable);
        Profile.Items.Where(i => i.OffersNotApplicable).Select(i => i.Scale).Should().Contain(["work-persona", "relationship-scars"]);

        var result = Pipeline.Score(new AssessmentResponse(Profile.Id, Profile.Version, "romantic", [Answer.NotApplicable(offered.Id)], DateTimeOffset.UnixEpoch));
        var refused = () => Pipeline.Score(new AssessmentResponse(Profile.Id, Profile.Version, "romantic", [Answer.NotApplicable(notOffered.Id)], DateTimeOffset.UnixEpoch));

        result.GetScore(offered.Scale!).Answered.Should().Be(0);
        result.Answers.Single().DoesNotApply.Should().BeTrue();
        refused.Should().Throw<ScoringException>().Which.Problems.Should().ContainSingle(p => p.Code == ScoringProblemCodes.NotApplicableRefused && p.ItemId == notOffered.Id);
    }

    [Fact]
    public void MissingIdeas_JealousyAndTimeTogetherWithoutListening_AreCarried()
    {
        var projection = Pack.Obstacles.Single(o => o.Id == "fantasy-projection");
        var listening = Pack.Obstacles.Single(o => o.Id == "not-listening");

        projection.Signs.Concat([projection.Summary]).Should().Contain(s => s.Contains("jealous", StringComparison.OrdinalIgnoreCase));
        listening.Signs.Concat([listening.Summary]).Should().Contain(s => s.Contains("evening", StringComparison.OrdinalIgnoreCase) || s.Contains("time together", StringComparison.OrdinalIgnoreCase));
        Pack.Exercises.Should().Contain(e => e.Targets.Contains("fantasy-projection") && e.Steps.Any(s => s.Contains("jealous", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void SimulatedAnswers_EveryKeyedItemCorrelatesPositivelyWithTheRestOfItsScale()
    {
        foreach (var assessment in Pack.Assessments)
        {
            var analysis = ItemAnalysis.Analyze(Catalog, assessment.Id, SimulatedAnswers.For(Catalog, assessment, 2000, seed: 12));

            foreach (var scale in analysis.Scales)
            {
                scale.Items.Should().OnlyContain(i => i.RDrop > 0.1, $"{assessment.Id}/{scale.ScaleId}: every item, reverse-keyed ones too, should hang together once keyed");
                if (assessment.Id == Profile.Id)
                {
                    // Four readings of one trait; a quick-check category joins different obstacles, so its alpha is low by design.
                    scale.RawAlpha.Should().BeGreaterThan(0.6, $"{assessment.Id}/{scale.ScaleId}");
                }
            }
        }
    }
}
