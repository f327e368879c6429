using IntimacyKit.Content;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Tests.DependencyInjection;

public class ScoringServicesTests
{
    [Fact]
    public void AddIntimacyKit_Default_RegistersAPipelineOverTheDefaultContent()
    {
        using var provider = new ServiceCollection().AddIntimacyKit().Services.BuildServiceProvider();

        var pipeline = provider.GetRequiredService<ScoringPipeline>();

        pipeline.Catalog.Should().BeSameAs(provider.GetRequiredService<ContentCatalog>());
        pipeline.StageNames.Should().HaveCount(9);
        provider.GetRequiredService<ScoringPipeline>().Should().BeSameAs(pipeline);
        pipeline.Score(ScoringPropertyTests.ValidResponse(new Random(1), fully: true)).Scales.Should().NotBeEmpty();
    }

    [Fact]
    public void ConfigurePipeline_AndKeyedPipelines_AreBuiltFromTheContainer()
    {
        var recommender = new ScoringPipelineTests.FakeRecommender();
        var services = new ServiceCollection();
        services.AddSingleton<IRecommender>(recommender);
        services.AddIntimacyKit(kit => kit
            .ConfigurePipeline(p => p.Remove(ScoringStageNames.ResponseQuality))
            .AddPipeline("lenient", p => p.Replace(ScoringStageNames.Validate, ScoringStage.Create(ScoringStageNames.Validate, _ => StageFlow.Continue))));
        services.AddIntimacyKit();
        using var provider = services.BuildServiceProvider();

        var main = provider.GetRequiredService<ScoringPipeline>();
        var lenient = provider.GetRequiredKeyedService<ScoringPipeline>("lenient");

        main.StageNames.Should().NotContain(ScoringStageNames.ResponseQuality);
        lenient.StageNames.Should().Contain(ScoringStageNames.ResponseQuality);
        lenient.Should().NotBeSameAs(main);
        services.Count(d => d.ServiceType == typeof(ScoringPipeline) && !d.IsKeyedService).Should().Be(1);
        main.Score(ScoringPropertyTests.ValidResponse(new Random(2), fully: true)).Recommendations.Should().ContainSingle("the registered recommender is used");
        recommender.Calls.Should().Be(1);
    }
}
