using System.Text.RegularExpressions;
using IntimacyKit.Content;

namespace IntimacyKit.Tests.Content;

/// <summary>The default pack, intimacy-core, carries every obstacle of the article with exercises and assessments that meet the content rules.</summary>
public partial class DefaultContentTests
{
    private static readonly ContentPack Pack = DefaultContent.Pack;
    private static readonly Assessment Profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
    private static readonly Assessment QuickCheck = DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
    private static readonly Assessment ListeningCheck = DefaultContent.Catalog.GetAssessment(DefaultContent.ListeningCheckAssessmentId);
    private static readonly string[] SafetyFlags = ["current-harm", "possible-harm", "self-harm", "harming-other"];

    [Fact]
    public void Pack_Loads_AsIntimacyCoreInEnglish()
    {
        Pack.Id.Should().Be(DefaultContent.PackId);
        Pack.Culture.Should().Be("en");
        Pack.Provenance.Should().Contain("not a clinical or diagnostic instrument");
        DefaultContent.Pack.Should().BeSameAs(Pack, "the pack is loaded once and shared");
        Pack.RelationshipKinds.Select(k => k.Id).Should().Equal("romantic", "sibling", "parent-child", "child-parent", "friendship");
    }

    [Fact]
    public void Obstacles_EveryOneTheArticleNames_ArePresent()
    {
        Pack.Obstacles.Select(o => o.Id).Should().Equal(
            "selfishness", "believed-shallowness", "unloved-childhood", "learned-mistrust", "relationship-scars", "shame",
            "persona-mask", "weak-self", "work-persona", "macho-mask", "perfectionism", "fantasy-projection",
            "overrated-communication", "not-listening", "fear-of-vulnerability", "inauthenticity");
        Pack.Obstacles.Should().OnlyContain(o => o.Signs.Length >= 2 && o.Origins.Length >= 1 && o.Related.Length >= 1);
    }

    [Fact]
    public void Exercises_EachObstacle_HasAGentleToStretchingChainOfAtLeastThree()
    {
        Pack.Exercises.Should().HaveCountGreaterThanOrEqualTo(48);
        foreach (var obstacle in Pack.Obstacles)
        {
            var exercises = Pack.Exercises.Where(e => e.Targets.Contains(obstacle.Id)).ToList();
            exercises.Should().HaveCountGreaterThanOrEqualTo(3, obstacle.Id);
            exercises.Should().Contain(e => e.Difficulty == Difficulty.Gentle, obstacle.Id);
            var gentle = exercises.First(e => e.Difficulty == Difficulty.Gentle && e.FollowUp is not null);
            exercises.Should().Contain(e => e.Difficulty == Difficulty.Stretching, obstacle.Id);

            var chain = new List<Exercise> { gentle };
            while (chain[^1].FollowUp is { } next)
            {
                chain.Add(DefaultContent.Catalog.GetExercise(next));
            }

            chain.Select(e => e.Difficulty).Should().Equal([Difficulty.Gentle, Difficulty.Steady, Difficulty.Stretching], $"{obstacle.Id}'s follow-ups should climb one step at a time");
        }
    }

    [Fact]
    public void Exercises_Each_HasThreeToEightConcreteSteps()
    {
        // Eight at most: a consent, a stop or a keep-it-private step may join the five or six that do the work.
        Pack.Exercises.Should().OnlyContain(e => e.Steps.Length >= 3 && e.Steps.Length <= 8 && e.Targets.Length >= 1 && e.Minutes >= 5);
        Pack.Exercises.SelectMany(e => e.Steps).Should().OnlyContain(step => step.Length >= 15 && char.IsUpper(step[0]) && ".?!'".Contains(step[step.Length - 1]));
    }

    [Fact]
    public void Exercises_EveryRelationshipKind_IsServedAtEveryDifficulty()
    {
        foreach (var kind in Pack.RelationshipKinds)
        {
            foreach (var difficulty in Enum.GetValues<Difficulty>())
            {
                Pack.Exercises.Should().Contain(e => e.Difficulty == difficulty && e.RelationshipKinds.Contains(kind.Id), $"{kind.Id} needs a {difficulty} exercise");
            }
        }
    }

    [Fact]
    public void Exercises_ThatInvolveTheOtherPerson_CarryEverySafetyFlagAsAContraindication()
    {
        var raised = Pack.Assessments.SelectMany(a => a.SafetyRules).Select(r => r.Flag).Distinct();
        raised.Should().BeEquivalentTo(SafetyFlags);

        Pack.Exercises.Where(e => e.Mode is ExerciseMode.Together or ExerciseMode.Conversation)
            .Should().OnlyContain(e => SafetyFlags.All(flag => e.Contraindications.Contains(flag)));
        Pack.Exercises.Where(e => e.Contraindications.IsEmpty)
            .Should().OnlyContain(e => e.Mode == ExerciseMode.Solo || e.Mode == ExerciseMode.Journal)
            .And.HaveCountGreaterThanOrEqualTo(6, "someone who may be in danger still needs safe, solo exercises");
    }

    [Fact]
    public void Profile_EachObstacle_HasAFourItemMeanScaleWithScaleAnchoredBands()
    {
        foreach (var obstacle in Pack.Obstacles)
        {
            Profile.TryGetScale(obstacle.Id, out var scale).Should().BeTrue(obstacle.Id);
            scale!.Obstacle.Should().Be(obstacle.Id);
            scale.Aggregation.Should().Be(Aggregation.Mean);
            scale.MinAnswered.Should().Be(3);
            Profile.ItemsOf(scale.Id).Should().HaveCountGreaterThanOrEqualTo(4);
            scale.Bands.Select(b => b.Id).Should().Equal("low", "moderate", "high");
            scale.Bands.Should().OnlyContain(b => b.Provenance.StartsWith("Scale-anchored, not normed", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Profile_Composites_CoverEachCategoryAndTheWhole()
    {
        var categories = Pack.Obstacles.Select(o => o.Category).Distinct().ToList();

        Profile.Composites.Select(c => c.Id).Should().BeEquivalentTo(categories.Append("overall"));
        foreach (var category in categories)
        {
            Profile.Composites.Single(c => c.Id == category).Components.Select(c => c.Scale)
                .Should().BeEquivalentTo(Pack.Obstacles.Where(o => o.Category == category).Select(o => o.Id));
        }

        Profile.Composites.Single(c => c.Id == "overall").Components.Should().HaveCount(Pack.Obstacles.Length);
    }

    [Fact]
    public void Profile_ScoredItems_AreAtLeastAQuarterReverseKeyed()
    {
        var scored = Profile.Items.Where(i => i.Scale is not null).ToList();

        scored.Count(i => i.Reverse).Should().BeGreaterThanOrEqualTo((int)Math.Ceiling(scored.Count / 4.0));
        Profile.Scales.Should().OnlyContain(s => Profile.ItemsOf(s.Id).Any(i => i.Reverse), "every scale balances acquiescence");
    }

    [Fact]
    public void Items_WithinEachAssessment_NeverShareText()
    {
        // The safety screen is the same few statements wherever it appears, and the quick check may reuse a statement
        // of the full profile (a short form drawn from the long one); within an assessment every statement is asked once.
        foreach (var assessment in Pack.Assessments)
        {
            assessment.Items.Select(i => i.Text).Should().OnlyHaveUniqueItems(assessment.Id);
        }
    }

    [Fact]
    public void Items_EveryKind_RenderWithoutLeftoverPlaceholders()
    {
        foreach (var assessment in Pack.Assessments)
        {
            foreach (var (item, index) in assessment.Items.Select((item, index) => (item, index)))
            {
                // Only a safety statement about the person alone (thoughts of self-harm) names nobody else.
                var namesTheOther = item.Text.Contains("{target", StringComparison.Ordinal) || item.Text.Contains("{Target", StringComparison.Ordinal);
                var aboutThePersonAlone = index < assessment.SafetyItemCount && item.Id == "safety-self-harm";
                namesTheOther.Should().Be(!aboutThePersonAlone, $"item {item.Id} serves every relationship kind through its placeholder");
                foreach (var kind in Pack.RelationshipKinds)
                {
                    var text = DefaultContent.Catalog.RenderItemText(item, kind.Id);
                    text.Should().NotContainAny("{", "}");
                    text.Contains(kind.Target, StringComparison.OrdinalIgnoreCase).Should().Be(namesTheOther, text);
                    char.IsUpper(text[0]).Should().BeTrue(text);
                    text.Should().NotContain("  ", "no double spaces");
                    (FirstPerson().IsMatch(text) || text.StartsWith(kind.Target, StringComparison.OrdinalIgnoreCase)).Should().BeTrue($"'{text}' ({item.Id}, {kind.Id}) is said by the person, about themselves or about {kind.Target}");
                    SecondPerson().IsMatch(text).Should().BeFalse($"'{text}' ({item.Id}, {kind.Id}) mixes 'your' into a first-person statement");
                }
            }
        }
    }

    [Fact]
    public void SafetyScreens_InProfileAndQuickCheck_RaiseUrgentAndConcernFlagsWithGenericSupport()
    {
        foreach (var assessment in Pack.Assessments)
        {
            assessment.SafetyRules.Should().Contain(r => r.Severity == SafetySeverity.Urgent && r.Flag == "current-harm");
            assessment.SafetyRules.Should().Contain(r => r.Severity == SafetySeverity.Concern && r.Flag == "possible-harm");
            assessment.SafetyRules.Should().Contain(r => r.Risk == SafetyRisk.ToOther && r.Severity == SafetySeverity.Urgent, "fear of hurting the other person is screened too");
            assessment.SafetyRules.Where(r => r.Severity == SafetySeverity.Urgent && r.Risk == SafetyRisk.FromOther).Should().OnlyContain(r => r.Resources[0] == "emergency-services");
            assessment.SafetyRules.All(r => r.Risk != SafetyRisk.ToSelf || (r.Severity == SafetySeverity.Urgent && r.Resources[0] == "crisis-line")).Should().BeTrue("thoughts of self-harm are urgent and bring a crisis line first");
            assessment.SafetyRules.Should().OnlyContain(r => r.WhenUnanswered == UnansweredSafetyItem.Concern, "a skipped safety statement is a reason for care");
            assessment.SafetyRules.Where(r => r.Risk == SafetyRisk.ToOther).Should().OnlyContain(
                r => !r.ResourcesWhenUnanswered.Contains("violence-prevention-programme"), "someone who only skipped the question is not pointed to a programme for people who use violence");
            assessment.SafetyRules.Select(r => r.Item).Distinct().Should().OnlyContain(id => assessment.Items.Single(i => i.Id == id).Scale == null);
            assessment.SafetyItemCount.Should().Be(assessment.SafetyRules.Select(r => r.Item).Distinct().Count(), "the safety statements come first");
            assessment.SafetyPreface.Should().NotBeNullOrWhiteSpace();
            assessment.Items.Take(assessment.SafetyItemCount).Should().OnlyContain(i => i.ResponseScale != "agree-5", "events are asked by how often or yes/no, never agree/disagree");
        }

        foreach (var assessment in new[] { Profile, QuickCheck })
        {
            assessment.SafetyRules.Select(r => r.Item).Should().Contain(["safety-controlled", "safety-put-down", "safety-self-harm", "safety-harming-other"]);
        }

        Profile.SafetyRules.Select(r => r.Item).Should().Contain("safety-isolated");
        Pack.SupportResources.Select(r => r.Kind).Should().Contain(["emergency-services", "crisis-line", "domestic-abuse-service", "therapist", "violence-prevention-programme"]);
        Pack.SupportResources.Single(r => r.Kind == "therapist").Description.Should().Contain("on your own").And.NotContain("together");
        Pack.SupportResources.Single(r => r.Kind == "emergency-services").Description.Should().Contain("your local emergency number").And.NotContain("can show");

        Pack.SupportResources.Select(r => r.Kind).Should().Contain(["emergency-services", "domestic-abuse-service", "therapist"]);
        Pack.SupportResources.Should().OnlyContain(r => !DigitPattern().IsMatch(r.Description + r.Title));
    }

    [Fact]
    public void QuickCheck_CoversEveryObstacleInAboutTwoMinutes()
    {
        var scored = QuickCheck.Items.Where(i => i.Scale is not null).ToList();

        scored.Should().HaveCount(Pack.Obstacles.Length);
        scored.Select(i => i.Id).Should().BeEquivalentTo(Pack.Obstacles.Select(o => "q-" + o.Id));
        QuickCheck.Items.Should().HaveCountLessThanOrEqualTo(24, "about two and a half minutes at six seconds an item, the safety screen included");
        QuickCheck.Scales.Should().OnlyContain(s => s.Category != null && s.Bands.Length == 3);
        QuickCheck.Composites.Should().ContainSingle(c => c.Id == "overall");
    }

    [Fact]
    public void ListeningCheck_PairsEverySelfRatingWithAnOtherRating()
    {
        ListeningCheck.DyadicPairs.Should().HaveCountGreaterThanOrEqualTo(6);
        ListeningCheck.ItemsOf("my-listening").Select(i => i.Id).Should().BeEquivalentTo(ListeningCheck.DyadicPairs.Select(p => p.SelfItem));
        ListeningCheck.ItemsOf("their-listening").Select(i => i.Id).Should().BeEquivalentTo(ListeningCheck.DyadicPairs.Select(p => p.OtherItem));
        foreach (var pair in ListeningCheck.DyadicPairs)
        {
            ListeningCheck.TryGetItem(pair.SelfItem, out var self).Should().BeTrue();
            ListeningCheck.TryGetItem(pair.OtherItem, out var other).Should().BeTrue();
            self!.Reverse.Should().Be(other!.Reverse, $"pair {pair.Id} rates the same behaviour in the same direction");
        }

        ListeningCheck.Items.Should().Contain(i => i.Reverse).And.Contain(i => !i.Reverse);
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex DigitPattern();

    [GeneratedRegex(@"\b(I|me|my|myself|mine)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b[Yy]our\b", RegexOptions.CultureInvariant)]
    private static partial Regex SecondPerson();
}
