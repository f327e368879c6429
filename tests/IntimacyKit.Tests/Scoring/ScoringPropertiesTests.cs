using IntimacyKit.Content;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Scoring;

/// <summary>Per-call values: how the recommend stage (a layer above scoring) and a host's own stage get what they need per call.</summary>
public class ScoringPropertiesTests
{
    private static readonly ScoringPropertyKey<string> Note = new("Tests.Note");

    [Fact]
    public void With_ThenGet_ReturnsTheValue_AndAnotherTypeUnderTheSameName_IsNotSet()
    {
        var first = ScoringProperties.Empty.With(Note, "hello");
        var properties = first.With(Note, "again");

        first.GetValue(Note, "none").Should().Be("hello", "properties never change once made");
        ScoringProperties.Empty.Count.Should().Be(0);

        properties.Count.Should().Be(1, "a value set twice under one key is replaced");
        properties.TryGetValue(Note, out var note).Should().BeTrue();
        note.Should().Be("again");
        properties.TryGetValue(new ScoringPropertyKey<int>("Tests.Note"), out _).Should().BeFalse("the value is a string, not an int");
        properties.GetValue(new ScoringPropertyKey<string>("Tests.Other"), "fallback").Should().Be("fallback");
    }

    [Fact]
    public void Keys_AreEqualByName_AndTheDefaultKeyIsRefused()
    {
        new ScoringPropertyKey<string>("a").Should().Be(new ScoringPropertyKey<string>("a"));
        (new ScoringPropertyKey<string>("a") != new ScoringPropertyKey<string>("b")).Should().BeTrue();
        new ScoringPropertyKey<string>("a").ToString().Should().Be("a");

        var set = () => ScoringProperties.Empty.With(default(ScoringPropertyKey<string>), "x");
        set.Should().Throw<ArgumentException>().WithMessage("*default value*new ScoringPropertyKey<T>(name)*");
        var blank = () => new ScoringPropertyKey<string>(" ");
        blank.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task CustomStage_ReadsTheCallsProperties_SyncAndAsync_AndNothingWhenNoneAreGiven()
    {
        var seen = new List<string?>();
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddStage(ScoringStage.Create("note", context =>
            {
                seen.Add(context.TryGetProperty(Note, out var note) ? note : null);
                return StageFlow.Continue;
            }))
            .Build(new ContentCatalog(ScoringPacks.Create()));
        var response = ScoringPacks.Response(("a1", 4));

        pipeline.Score(response, ScoringProperties.Empty.With(Note, "first"));
        await pipeline.ScoreAsync(response, ScoringProperties.Empty.With(Note, "second"));
        pipeline.Score(response);

        seen.Should().Equal("first", "second", null);
    }

    [Fact]
    public void Context_AfterItsCall_RefusesPropertyReads()
    {
        ScoringContext? kept = null;
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddStage(ScoringStage.Create("keep", context =>
            {
                kept = context;
                return StageFlow.Continue;
            }))
            .Build(new ContentCatalog(ScoringPacks.Create()));

        pipeline.Score(ScoringPacks.Response(("a1", 4)), ScoringProperties.Empty.With(Note, "x"));

        var read = () => kept!.TryGetProperty(Note, out _);
        read.Should().Throw<InvalidOperationException>().WithMessage("*has ended*");
    }

    [Fact]
    public async Task Recommend_GetsPreferences_ThroughTheExtension_TheProperties_AndEveryBatchRow()
    {
        var recommender = new ScoringPipelineTests.FakeRecommender();
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(), recommender: recommender);
        var response = ScoringPacks.Response(("a1", 4), ("a2", 2), ("a3", 4), ("a4", 4));
        var preferences = new RecommendationPreferences { MaxMinutes = 10 };

        await pipeline.ScoreAsync(response, preferences);
        recommender.LastRequest!.Preferences.Should().BeSameAs(preferences);

        pipeline.Score(response);
        recommender.LastRequest.Preferences.Should().BeSameAs(RecommendationPreferences.None, "no preferences were given");
        RecommendationPreferences? none = null;
        pipeline.Score(response, none);
        recommender.LastRequest.Preferences.Should().BeSameAs(RecommendationPreferences.None, "null preferences are none");

        var options = new BatchScoringOptions { Properties = ScoringProperties.Empty.With(RecommendationProperties.Preferences, preferences) };
        var outcomes = pipeline.ScoreBatch([response, response], options).ToList();
        outcomes.Should().OnlyContain(o => o.IsScored && o.Result!.Recommendations.Length == 1);
        recommender.LastRequest.Preferences.Should().BeSameAs(preferences, "every row gets the batch's properties");
    }
}
