using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Tests.Docs;

/// <summary>The code shown in docs/scoring-pipeline.md, run for real.</summary>
public class ScoringPipelineExampleTests
{
    [Fact]
    public void Example_ScoreAQuickCheck_ShowsSupportFirstAndExplains()
    {
        var output = new List<string>();

        // snippet: scoring-basic
        var catalog = DefaultContent.Catalog;
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var quickCheck = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);

        var response = AssessmentResponse.For(quickCheck, "sibling")
            .Answer("safety-afraid", 1) // the safety screen comes first; a skipped safety statement raises a concern
            .Answer("safety-hurt", 1)
            .Answer("safety-threatened", 1)
            .Answer("safety-controlled", 1)
            .Answer("safety-put-down", 1)
            .Answer("safety-isolated", 1)
            .Answer("safety-self-harm", 0)
            .Answer("safety-harming-other", 1)
            .Answer("q-selfishness", 2)
            .Answer("q-learned-mistrust", 4)
            .Answer("q-shame", 2)
            .Answer("q-relationship-scars", 5)
            .Skip("q-unloved-childhood")
            .Build(TimeProvider.System);

        var result = pipeline.Score(response);
        if (result.HasSafetyFlags)
        {
            // Every flag brings help before any result: first of all when urgent, calmly for a concern.
            output.AddRange(result.SupportMessages);
            output.AddRange(result.SupportResources.Select(r => r.Title));
        }

        var wounds = result.GetScore("wounds");
        output.Add($"{wounds.Title}: {wounds.Value:0.00} ({wounds.Band?.Label})");
        output.Add(wounds.Explain().Text);
        output.Add(result.Disclaimer);
        // end snippet

        output[0].Should().Be("Guarded against closeness: 4.33 (Mostly fits me)");
        output[1].Should().Contain("Counted: q-learned-mistrust=4, q-relationship-scars=5, q-shame=4 (answered 2, reverse-keyed).").And.Contain("Missing: q-unloved-childhood.");
        result.GetScore("self-focus").Value.Should().BeNull("one of its two items is answered and it needs both");
    }

    [Fact]
    public void Example_PerCallProperties_ReachAHostsStage()
    {
        var catalog = DefaultContent.Catalog;
        var quickCheck = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var response = AssessmentResponse.For(quickCheck, "friendship").Answer("q-shame", 2).Build(TimeProvider.System);
        var audit = new List<string>();

        // snippet: per-call-properties
        var tenant = new ScoringPropertyKey<string>("MyApp.Tenant");
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddStage(ScoringStage.Create("audit", context =>
            {
                audit.Add(context.TryGetProperty(tenant, out var id) ? id : "no tenant");
                return StageFlow.Continue;
            }))
            .Build(catalog);

        var result = pipeline.Score(response, ScoringProperties.Empty.With(tenant, "clinic-7"));
        // end snippet

        audit.Should().Equal("clinic-7");
        result.GetScore("wounds").Should().NotBeNull();
    }

    [Fact]
    public async Task Example_AsynchronousStage_CallsAnExternalService()
    {
        var catalog = DefaultContent.Catalog;
        var service = new FakeNormsService();

        // snippet: async-stage-usage
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertBefore(ScoringStageNames.Norms, new RemoteNormsStage(service))
            .Build(catalog);
        // end snippet

        var profile = catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var builder = AssessmentResponse.For(profile, "romantic");
        foreach (var item in profile.Items.Where(i => i.Scale is not null))
        {
            builder.Answer(item.Id, 3);
        }

        var result = await pipeline.ScoreAsync(builder.Build(TimeProvider.System));

        result.GetScore("persona-mask").Standard!.Value.Z.Should().BeApproximately((3 - 2.5) / 0.5, 1e-12);
        service.Calls.Should().Be(1);
    }

    [Fact]
    public void Example_DependencyInjection_ResolvesAndSerialises()
    {
        // snippet: scoring-di
        var services = new ServiceCollection();
        services.AddIntimacyKit(kit => kit
            .ConfigurePipeline(p => p.InsertAfter(ScoringStageNames.Safety, ScoringStage.Create("audit", context => StageFlow.Continue)))
            .AddPipeline("lenient", p => p.Replace(ScoringStageNames.Validate, ScoringStage.Create(ScoringStageNames.Validate, context => StageFlow.Continue))));
        using var provider = services.BuildServiceProvider();

        var pipeline = provider.GetRequiredService<ScoringPipeline>();
        var lenient = provider.GetRequiredKeyedService<ScoringPipeline>("lenient");
        // end snippet

        var quick = DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var result = pipeline.Score(AssessmentResponse.For(quick, "friendship").Answer("q-shame", 3).Build(TimeProvider.System));

        // snippet: result-json
        var json = AssessmentResultSerializer.ToJson(result);
        var stored = AssessmentResultSerializer.Read(json);
        // end snippet

        pipeline.StageNames.Should().Contain("audit");
        lenient.StageNames.Should().NotContain("audit");
        AssessmentResultSerializer.ToJson(stored).Should().Be(json);
    }

    // snippet: async-stage
    /// <summary>Fetches up-to-date norms from a host's service before the norms stage computes standard scores.</summary>
    public sealed class RemoteNormsStage(INormsService service) : ScoringStage("remote-norms")
    {
        public override bool IsAsynchronous => true;

        public override StageFlow Execute(ScoringContext context)
            => throw new InvalidOperationException("Use ScoreAsync: this stage calls a remote service.");

        public override async ValueTask<StageFlow> ExecuteAsync(ScoringContext context, CancellationToken cancellationToken)
        {
            var norms = await service.GetNormsAsync(context.Assessment.Id, cancellationToken);
            foreach (var (scaleId, scaleNorms) in norms)
            {
                context.SetNorms(scaleId, scaleNorms);
            }

            return StageFlow.Continue;
        }
    }

    public interface INormsService
    {
        Task<IReadOnlyDictionary<string, Norms>> GetNormsAsync(string assessmentId, CancellationToken cancellationToken);
    }
    // end snippet

    private sealed class FakeNormsService : INormsService
    {
        public int Calls { get; private set; }

        public async Task<IReadOnlyDictionary<string, Norms>> GetNormsAsync(string assessmentId, CancellationToken cancellationToken)
        {
            await Task.Delay(1, cancellationToken);
            Calls++;
            return new Dictionary<string, Norms> { ["persona-mask"] = new(2.5, 0.5, 0.8, "service") };
        }
    }
}
