using BenchmarkDotNet.Attributes;
using IntimacyKit.Content;
using IntimacyKit.Plans;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;

namespace IntimacyKit.Benchmarks;

/// <summary>From a scored default profile to action: the default recommender's list, and a 12-week practice plan.</summary>
[MemoryDiagnoser]
public class ActionBenchmarks
{
    private RecommendationRequest _request = null!;
    private DefaultRecommender _recommender = null!;
    private PracticePlanBuilder _plans = null!;
    private AssessmentResult _result = null!;
    private PlanPreferences _twelveWeeks = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = DefaultContent.Catalog;
        var profile = catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var random = new Random(7);
        var levels = profile.Scales.ToDictionary(s => s.Id, _ => random.Next(1, 6));
        var builder = AssessmentResponse.For(profile, "romantic");
        foreach (var item in profile.Items)
        {
            var level = item.Scale is null ? catalog.GetResponseScale(profile, item).Min : levels[item.Scale];
            builder.Answer(item.Id, item.Reverse && item.Scale is not null ? 6 - level : level);
        }

        _result = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog).Score(builder.Build(TimeProvider.System));
        _request = new RecommendationRequest(_result, catalog, RecommendationPreferences.None);
        _recommender = new DefaultRecommender();
        _plans = new PracticePlanBuilder(catalog, TimeProvider.System);
        _twelveWeeks = new PlanPreferences { Weeks = 12, DaysPerWeek = 4, MinutesPerDay = 30 };
    }

    [Benchmark(Description = "recommend from intimacy-core")]
    public object Recommend() => _recommender.Recommend(_request);

    [Benchmark(Description = "build a 12-week plan")]
    public PracticePlan BuildPlan() => _plans.Build(_result, _twelveWeeks);
}
