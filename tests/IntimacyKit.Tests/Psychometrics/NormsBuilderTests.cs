using IntimacyKit.Content;
using IntimacyKit.Progress;
using IntimacyKit.Psychometrics;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Tests.Psychometrics;

/// <summary>
/// Norms from pilot data: n, mean, SD and reliability agree with R psych on complete.csv, the table holds every possible
/// score with mid-point percentile ranks and linear T, fewer than 100 complete responses are refused with the reason,
/// the file round-trips, and a pack with the norms gives z scores and reliable-change verdicts.
/// </summary>
public class NormsBuilderTests
{
    private static readonly NormsOptions Options = new() { Sample = "Generated pilot, 300 respondents", Date = new DateOnly(2026, 11, 1) };

    [Fact]
    public void Build_CompleteSet_AgreesWithPsych_AndTabulatesEveryPossibleScore()
    {
        var responses = PsychSets.Responses("complete");
        var patch = NormsBuilder.Build(new ContentCatalog(PsychSets.Pack()), "complete", responses, Options);
        var total = (JObject)PsychSets.Vectors("complete")["total"]!;

        patch.Refused.Should().BeEmpty();
        patch.Responses.Should().Be(300);
        var norms = patch.Scales["total"];
        norms.N.Should().Be(300);
        norms.Mean.Should().BeApproximately((double)total["mean"]!, 1e-9);
        norms.StandardDeviation.Should().BeApproximately((double)total["sd"]!, 1e-9);
        norms.Reliability.Should().BeApproximately((double)total["raw_alpha"]!, 1e-9);
        norms.Source.Should().Be("Generated pilot, 300 respondents, 2026-11-01; 300 complete responses");

        // 6 items answered 1 to 5: every mean from 6/6 to 30/6.
        norms.Table.Select(r => r.Score).Should().Equal(Enumerable.Range(6, 25).Select(s => s / 6.0));
        var scores = responses.Select(r => r.Answers.Select((a, i) => i == 2 ? 6 - a.Value!.Value : a.Value!.Value).Average()).ToList();
        foreach (var row in norms.Table)
        {
            var below = scores.Count(s => s < row.Score - 1e-9);
            var at = scores.Count(s => Math.Abs(s - row.Score) < 1e-9);
            row.PercentileRank.Should().BeApproximately(100.0 * (below + (at / 2.0)) / 300, 1e-9, $"score {row.Score}");
            row.T.Should().BeApproximately(50 + (10 * (row.Score - norms.Mean) / norms.StandardDeviation), 1e-9);
        }
    }

    [Fact]
    public void Norms_PercentileRankOf_IsTheTablesOwn_InterpolatedBetweenRows_AndNullOutside()
    {
        var norms = new Norms(3, 1, 0.8, "s", 200, [new NormsRow(2, 10, 40), new NormsRow(1, 2, 30), new NormsRow(3, 50, 50)]);

        norms.Table.Select(r => r.Score).Should().Equal(1, 2, 3);
        norms.PercentileRankOf(2).Should().Be(10);
        norms.PercentileRankOf(2.5).Should().Be(30);
        norms.PercentileRankOf(0.5).Should().BeNull();
        norms.PercentileRankOf(3.5).Should().BeNull();
        new Norms(3, 1, 0.8, "s").PercentileRankOf(2).Should().BeNull();

        var patch = NormsBuilder.Build(new ContentCatalog(PsychSets.Pack()), "complete", PsychSets.Responses("complete"), Options);
        (patch.AssessmentId, patch.AssessmentVersion.ToString(), patch.Sample).Should().Be(("complete", "1.0.0", "Generated pilot, 300 respondents"));
        var score = new ScoringPipelineBuilder().AddDefaultStages().Build(new ContentCatalog(patch.ApplyTo(PsychSets.Pack())))
            .Score(PsychSets.Responses("complete")[0]).GetScore("total");
        (score.Lowest, score.Highest).Should().Be((1.0, 5.0));
    }

    [Fact]
    public void Build_FewerThan100CompleteResponses_IsRefusedWithTheReason()
    {
        var responses = PsychSets.Responses("complete").Take(99);

        var patch = NormsBuilder.Build(new ContentCatalog(PsychSets.Pack()), "complete", responses, Options);

        patch.Scales.Should().BeEmpty();
        var refused = patch.Refused.Should().ContainSingle().Subject;
        refused.ScaleId.Should().Be("total");
        refused.CompleteResponses.Should().Be(99);
        refused.Kind.Should().Be(NormsRefusal.TooFewResponses);
        NormsPatch.Read(patch.ToJson()).Refused.Single().Kind.Should().Be(NormsRefusal.TooFewResponses);
        refused.Reason.Should().StartWith("Only 99 complete responses to 'total' (every item answered); norms need at least 100");
        FluentActions.Invoking(() => NormsBuilder.Build(new ContentCatalog(PsychSets.Pack()), "complete", responses, new NormsOptions { Sample = "x", Date = new(2026, 1, 1), MinResponses = 50 }))
            .Should().Throw<ArgumentException>().WithMessage("*MinResponses is 50; value should be at least 100*");
        FluentActions.Invoking(() => NormsBuilder.Build(new ContentCatalog(PsychSets.Pack()), "complete", responses, new NormsOptions()))
            .Should().Throw<ArgumentException>().WithMessage("*Sample is empty*Date is not set*");
    }

    [Fact]
    public void Build_CountsOnlyCompleteResponses()
    {
        var patch = NormsBuilder.Build(new ContentCatalog(PsychSets.Pack()), "missing", PsychSets.Responses("missing"), Options);
        var (_, rows) = PsychSets.Read("missing");

        var complete = rows.Count(r => r.All(v => v is not null));
        (patch.Scales.Values.Select(n => n.N).SingleOrDefault() ?? patch.Refused.Single().CompleteResponses).Should().Be(complete);
    }

    [Fact]
    public void Patch_RoundTrips_AndAPackWithItGivesZAndReliableChange()
    {
        var pack = PsychSets.Pack();
        var patch = NormsBuilder.Build(new ContentCatalog(pack), "complete", PsychSets.Responses("complete"), Options);

        var read = NormsPatch.Read(patch.ToJson(), "norms.json");
        read.ToJson().Should().Be(patch.ToJson());
        read.Date.Should().Be(new DateOnly(2026, 11, 1));

        var normed = read.ApplyTo(pack);
        var catalog = new ContentCatalog(normed);
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        AssessmentResponse At(int value, int day) => new("complete", SemanticVersion.Parse("1.0.0"), "any",
            Enumerable.Range(1, 6).Select(i => new Answer($"i{i}", i == 3 ? 6 - value : value)), DateTimeOffset.UnixEpoch.AddDays(day));
        var before = pipeline.Score(At(4, 0));
        var after = pipeline.Score(At(2, 60));

        before.GetScore("total").Norms!.Table.Should().HaveCount(25);
        AssessmentResultSerializer.Read(AssessmentResultSerializer.ToJson(before)).GetScore("total").Norms!.Table
            .Should().BeEmpty("a result's JSON carries the figures, not the table");
        before.GetScore("total").Standard.Should().NotBeNull();
        before.GetScore("total").PercentileRank.Should().Be(read.Scales["total"].Table.Single(r => r.Score == 4).PercentileRank, "the table's own rank");
        var progress = ProgressReport.Create([before, after])["total"];
        progress.ReliableChangeIndex.Should().NotBeNull();
        progress.Classification.Should().Be(ChangeClassification.Improved, "a drop of 2 points is far beyond chance with these norms");
        catalog.GetAssessment("complete").Scales.Single().Norms!.PercentileRankOf(4).Should().Be(
            normed.Assessments.Single(a => a.Id == "complete").Scales.Single().Norms!.Table.Single(r => r.Score == 4).PercentileRank);
    }

    [Fact]
    public void Host_AddsNormsAtRunTime_AndProgressJudgesOlderResultsByThem()
    {
        var patch = NormsBuilder.Build(new ContentCatalog(PsychSets.Pack()), "complete", PsychSets.Responses("complete"), Options);
        using var provider = new ServiceCollection()
            .AddIntimacyKit(kit => kit.WithoutDefaultContent().AddContentPack(PsychSets.Pack()).AddNorms(patch))
            .Services.BuildServiceProvider();

        var catalog = provider.GetRequiredService<ContentCatalog>();
        catalog.GetAssessment("complete").Scales.Single().Norms!.N.Should().Be(300);
        provider.GetRequiredService<ScoringPipeline>().Score(PsychSets.Responses("complete")[0]).GetScore("total").Standard.Should().NotBeNull();

        // Results scored before the norms existed carry none: the report says "not enough information" unless given them.
        var plain = new ScoringPipelineBuilder().AddDefaultStages().Build(new ContentCatalog(PsychSets.Pack()));
        var first = plain.Score(PsychSets.Responses("complete")[0]);
        var responses = PsychSets.Responses("complete");
        var last = plain.Score(new AssessmentResponse("complete", SemanticVersion.Parse("1.0.0"), "any",
            responses[0].Answers.Select(a => new Answer(a.ItemId, a.ItemId == "i3" ? 5 : 1)), DateTimeOffset.UnixEpoch.AddDays(30)));
        ProgressReport.Create([first, last])["total"].Classification.Should().Be(ChangeClassification.NotEnoughInformation);
        var judged = ProgressReport.Create([first, last], new ProgressOptions { Norms = patch.Scales })["total"];
        judged.ReliableChangeIndex.Should().NotBeNull();
        judged.Classification.Should().NotBe(ChangeClassification.NotEnoughInformation);
        FluentActions.Invoking(() => new ServiceCollection().AddIntimacyKit(kit => kit.AddNorms(patch)).Services.BuildServiceProvider()
            .GetRequiredService<ContentCatalog>()).Should().Throw<InvalidOperationException>().WithMessage("*no pack in the catalog defines it*");
    }

    [Fact]
    public void Patch_BadFileOrWrongVersion_IsReportedByPath()
    {
        var bad = """{"format":"intimacykit/norms@1","assessment":"complete","version":"1.0.0","sample":"s","date":"1 Nov","responses":3,"scales":{"total":{"mean":3,"sd":0,"reliability":0.8,"source":"x","table":[{"score":1,"percentile":120,"t":30}]}},"extra":1}""";

        var problems = FluentActions.Invoking(() => NormsPatch.Read(bad, "norms.json")).Should().Throw<ContentValidationException>().Which.Problems;

        problems.Select(p => p.Path).Should().Contain(["$.date", "$.extra"]);
        var patch = NormsBuilder.Build(new ContentCatalog(PsychSets.Pack()), "complete", PsychSets.Responses("complete"), Options);
        var other = JObject.Parse(patch.ToJson());
        other["version"] = "2.0.0";
        FluentActions.Invoking(() => NormsPatch.Read(other.ToString()).ApplyTo(PsychSets.Pack()))
            .Should().Throw<ContentValidationException>().WithMessage("*built on 'complete' 2.0.0; pack 'psych-sets' has version 1.0.0*");
        var table = JObject.Parse(patch.ToJson());
        table["scales"]!["total"]!["table"]![0]!["percentile"] = 120;
        table["scales"]!["total"]!["sd"] = 0;
        FluentActions.Invoking(() => NormsPatch.Read(table.ToString()))
            .Should().Throw<ContentValidationException>().Which.Problems.Select(p => p.Path)
            .Should().Contain(["$.scales['total'].table", "$.scales['total'].sd"], "a file is checked when read, not when first used");
    }
}
