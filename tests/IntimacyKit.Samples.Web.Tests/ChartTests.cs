using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Charts;
using IntimacyKit.Scoring;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// The server-drawn charts against committed snapshots (Snapshots/*.svg). After a deliberate change, regenerate them
/// with <c>INTIMACYKIT_UPDATE_SNAPSHOTS=1 dotnet test --filter ChartTests</c> and look at the files before committing.
/// </summary>
public class ChartTests
{
    [Fact]
    public void Scales_ForAFixedQuickCheck_MatchesItsSnapshot()
    {
        var catalog = DefaultContent.Catalog;
        var quickCheck = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var builder = AssessmentResponse.For(quickCheck, "sibling");
        var i = 0;
        foreach (var item in quickCheck.Items)
        {
            var scale = catalog.GetResponseScale(quickCheck, item);
            builder.Answer(item.Id, item.Scale is null ? scale.Min : scale.Min + (i++ % (scale.Max - scale.Min + 1)));
        }

        var result = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog).Score(builder.Build(new FixedTime()));
        var svg = ScoreChart.Scales(result, 1, 5);

        Matches(svg, "quick-check-scales.svg");
        svg.Should().Contain("<title id=\"scales-chart-title\">").And.Contain("<desc id=\"scales-chart-desc\">Scores on a scale of 1 to 5: ");
    }

    [Fact]
    public void Trend_ForFixedPoints_MatchesItsSnapshot()
    {
        var svg = ScoreChart.Trend(
            "Guarded against closeness",
            [(new DateTime(2026, 9, 1), 4.25), (new DateTime(2026, 10, 1), 3.5), (new DateTime(2026, 11, 1), 2.75)],
            1,
            5);

        Matches(svg, "trend.svg");
        svg.Should().Contain("<desc id=\"trend-chart-desc\">2026-09-01 4.25; 2026-10-01 3.50; 2026-11-01 2.75</desc>");
    }

    [Fact]
    public void Pair_ForTwoFixedListeningChecks_MatchesItsSnapshot_AndKeepsEqualScoresVisible()
    {
        var catalog = DefaultContent.Catalog;
        var listening = catalog.GetAssessment("listening-check");
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        AssessmentResult Answer(int self, int other)
        {
            var builder = AssessmentResponse.For(listening, "romantic");
            foreach (var item in listening.Items.Skip(listening.SafetyItemCount))
            {
                builder.Answer(item.Id, item.Id.StartsWith("self-", StringComparison.Ordinal) ? self : other);
            }

            return pipeline.Score(builder.Build(new FixedTime()));
        }

        var report = Dyadic.DyadicReport.Create(Answer(2, 4), Answer(3, 3), listening.DyadicPairs, "you", "Sam & Jo <3");
        var svg = ScoreChart.Pair(report, "Sam & Jo <3", 1, 5);

        Matches(svg, "pair.svg");
        svg.Should().Contain("<title id=\"pair-chart-title\">Your scores and Sam &amp; Jo &lt;3's, side by side</title>")
            .And.Contain("Gaps I notice in how they listen to me").And.NotContain("<3");
        svg.Split("class=\"score-other\"").Should().HaveCount(4, "a legend square and one square per scale scored for both");
    }

    [Fact]
    public void Text_IsEscaped()
    {
        var svg = ScoreChart.Trend("<script>alert(1)</script> & more", [(new DateTime(2026, 1, 1), 3)], 1, 5);

        svg.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    }

    private static void Matches(string svg, string name)
    {
        var committed = Path.Combine(SnapshotsFolder(), name);
        if (Environment.GetEnvironmentVariable("INTIMACYKIT_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(committed, svg + "\n");
        }

        File.Exists(committed).Should().BeTrue($"{committed} is the committed snapshot");
        svg.Should().Be(File.ReadAllText(committed).TrimEnd('\n'), $"the chart should match {name}; regenerate it only after a deliberate change");
    }

    private static string SnapshotsFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IntimacyKit.Samples.Web.Tests.csproj")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("The test project folder was not found."), "Snapshots");
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    }
}
