using System.Globalization;
using CsCheck;
using IntimacyKit.Batch;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Tests.BatchFiles;

public class ScoreWriterTests
{
    private static readonly ContentPack Pack = ScoringPacks.Create(weight1: 1.0 / 3, weight2: 1);
    private static readonly Assessment Assessment = Pack.Assessments[0];
    private static readonly ScoringPipeline Pipeline = ScoringPacks.Pipeline(Pack);

    private static List<BatchOutcome> Outcomes() => [.. Pipeline.ScoreRows(
    [
        BatchRow.Of(2, ScoringPacks.Response(("a1", 1), ("a2", 4), ("a3", 2), ("a4", null), ("b1", 5), ("b2", 4), ("b3", 4), ("b4", 1)), "r1"),
        BatchRow.Malformed(3, "bad row"),
        BatchRow.Of(4, ScoringPacks.Response(("a1", 5), ("a2", 1), ("a3", 5), ("a4", 5), ("b1", null), ("danger", 5))),
    ])];

    [Fact]
    public void Csv_OneColumnPerScaleAndComposite_RoundTripPrecision_EmptyWhenNotScored_RejectedRowsLeftOut()
    {
        var text = new StringWriter();
        using (var writer = ScoreWriter.Csv(text, Assessment))
        {
            writer.WriteAll(Outcomes()).ToString().Should().Be("3 rows read, 2 scored, 1 rejected");
            writer.Written.Should().Be(2);
        }

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("id,s1,s2,net");
        lines[1].Should().StartWith("r1,1.6666666666666667,4.5,");
        var net = double.Parse(lines[1].Split(',')[3], CultureInfo.InvariantCulture);
        net.Should().Be(Outcomes()[0].Result!.GetScore("net").Value!.Value, "the shortest round-trip form parses back to the same double");
                lines[2].Should().Be("4,5,,", "a row without an id is named by its line, and scales without enough answers are empty");
        lines.Should().HaveCount(3);
    }

    [Fact]
    public void Csv_BandsAndFlags_WhenAsked()
    {
        var text = new StringWriter();
        using (var writer = ScoreWriter.Csv(text, Assessment, new ScoreWriterOptions { IncludeBands = true, IncludeFlags = true }))
        {
            writer.WriteAll(Outcomes());
        }

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("id,s1,s2,net,s1.band,s2.band,net.band,safety,quality");
        lines[2].Should().Be("4,5,,,high,,,current-harm;possible-harm,");
    }

    [Fact]
    public void QualityColumn_SpellsKindsAsResultJsonDoes()
    {
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .AddStage(ScoringStage.Create("flag-everything", context =>
            {
                context.AddQualityFlag(new QualityFlag(QualityFlagKind.StraightLining, "Every answer the same.", []));
                context.AddQualityFlag(new QualityFlag(QualityFlagKind.TooFast, "Too fast to read.", []));
                return StageFlow.Continue;
            }))
            .Build(new ContentCatalog(Pack));
        var text = new StringWriter();
        using (var writer = ScoreWriter.Csv(text, Assessment, new ScoreWriterOptions { IncludeFlags = true }))
        {
            writer.WriteAll(pipeline.ScoreRows([BatchRow.Of(2, ScoringPacks.Response(("a1", 3), ("a2", 3), ("a3", 3)), "r1")]));
        }

        text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Should().EndWith(",straight-lining;too-fast");
    }

    [Fact]
    public void Csv_FailFastStopsTheBatch_EveryRowBeforeTheBadOneIsWritten()
    {
        var rows = Enumerable.Range(1, 3000).Select(i => i == 2500
            ? BatchRow.Malformed(i + 1, "bad")
            : BatchRow.Of(i + 1, ScoringPacks.Response(("a1", 3), ("a2", 3), ("a3", 3)), $"r{i}"));
        var text = new StringWriter();
        var summary = new BatchSummary();

        using (var writer = ScoreWriter.Csv(text, Assessment))
        {
            var act = () => writer.WriteAll(Pipeline.ScoreRows(rows, new BatchScoringOptions { FailFast = true }), summary, null);
            act.Should().Throw<BatchRowException>().Where(e => e.Line == 2501);
            writer.Written.Should().Be(2499);
        }

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2500);
        lines[^1].Should().StartWith("r2499,");
    }

    [Fact]
    public void Csv_NoRows_StillHasTheHeader()
    {
        var text = new StringWriter();
        using (ScoreWriter.Csv(text, Assessment))
        {
        }

        text.ToString().Should().Be("id,s1,s2,net\n");
    }

    [Fact]
    public void JsonLines_OneObjectPerScoredRow_NullWhenNotScored()
    {
        var text = new StringWriter();
        using (var writer = ScoreWriter.Create(ResponseFileFormat.JsonLines, text, Assessment, new ScoreWriterOptions { IncludeBands = true, IncludeFlags = true }))
        {
            writer.WriteAll(Outcomes());
        }

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        var first = JObject.Parse(lines[0]);
        first["line"]!.Value<long>().Should().Be(2);
        first["id"]!.Value<string>().Should().Be("r1");
        first["scores"]!["net"]!.Value<double>().Should().Be(Outcomes()[0].Result!.GetScore("net").Value!.Value);
        first["bands"]!["s1"]!.Value<string>().Should().Be("low");
        var second = JObject.Parse(lines[1]);
        second["id"]!.Value<string>().Should().Be("4");
        second["scores"]!["s2"]!.Type.Should().Be(JTokenType.Null);
        second["safety"]!.Values<string>().Should().Equal("current-harm", "possible-harm");
    }
}

public class ScoreFormattingTests
{
    [Theory]
    [InlineData(2.75)]
    [InlineData(-0.5)]
    [InlineData(0.0)]
    [InlineData(5.0)]
    [InlineData(1.0 / 3)]
    [InlineData(2.7500000000000004)]
    [InlineData(0.001)]
    [InlineData(0.0005)]
    [InlineData(999999.999)]
    [InlineData(1e6)]
    [InlineData(123456789.125)]
    [InlineData(double.Epsilon)]
    public void FormatScore_IsTheShortestRoundTripForm(double value)
    {
        var buffer = new char[32];

        var text = new string(buffer, 0, ScoreWriter.FormatScore(value, buffer));

        text.Should().Be(value.ToString(CultureInfo.InvariantCulture));
        new string(buffer, 0, ScoreWriter.FormatScore(-0.0, buffer)).Should().Be("-0");
    }

    [Fact]
    public void FormatScore_AnyDouble_SameTextAsTryFormat()
    {
        var values = Gen.Select(Gen.Int[-40_000, 40_000], Gen.Int[1, 12], (n, d) => (double)n / d)
            .Select(Gen.Double[-1e7, 1e7], Gen.Int[0, 1], (a, b, pick) => pick == 0 ? a : b);
        var buffer = new char[32];

        values.Sample(value => new string(buffer, 0, ScoreWriter.FormatScore(value, buffer)) == value.ToString(CultureInfo.InvariantCulture), seed: "0N0XIzNsQ0O2", iter: 200_000, threads: 1);
    }
}
