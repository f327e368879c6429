using IntimacyKit.Content;
using IntimacyKit.Progress;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Progress;

/// <summary>
/// The progress report's sentences in the language the results were answered in: German for German results (with a
/// decimal comma), and the English ones word for word as they have always been.
/// </summary>
public class ProgressTextTests
{
    private static readonly Norms Norms = new(3, 0.5, 0.8, "test norms");

    /// <summary>s1 at <paramref name="s1"/> (normed), s2 the mean of b1..b3 (no norms; fewer than three answers leave it unscored).</summary>
    private static AssessmentResult Result(string culture, int s1, int?[] s2, int day)
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(norms: Norms, culture: culture));
        var answers = new List<Answer> { new("a1", s1), new("a2", 6 - s1), new("a3", s1), new("a4", s1) };
        answers.AddRange(s2.Select((value, i) => new Answer($"b{i + 1}", value)));
        var response = new AssessmentResponse(ScoringPacks.AssessmentId, SemanticVersion.Parse("1.0.0"), "romantic", answers, DateTimeOffset.UnixEpoch.AddDays(day));
        return pipeline.Score(response);
    }

    private static ProgressReport Series(string culture)
        => ProgressReport.Create([Result(culture, 5, [2, 2, 3], 0), Result(culture, 4, [3, 3, 3], 14), Result(culture, 2, [4, 4, 4], 28)]);

    [Fact]
    public void English_IsWordedAsBefore()
    {
        var report = Series("en");

        report["s1"].Text.Should().Be("Scale one changed by -3 (RCI -9.49): a reliable improvement (lower is better for an obstacle).");
        report["s2"].Text.Should().Be("Scale two went up by 1.67, so it weighs a little more than before (from 2.33 through 3 to 4); lower is better here.");
        report.Note.Should().Be("Without norms for these scales, a change cannot yet be told apart from chance or from how the day went; treat it as something "
            + "to notice, not a measurement.");
        ProgressReport.Create([Result("en", 2, [4, 4, 4], 0), Result("en", 5, [2, 2, 2], 28)])["s2"].Text
            .Should().Be("Scale two went down by 2, the better direction (from 4 to 2); lower is better here.");
        ProgressReport.Create([Result("en", 3, [2, null, null], 0), Result("en", 3, [3, 3, 3], 28)])["s2"].Text
            .Should().Be("Scale two was not scored at the start or at the end, so there is not enough information to compare.");
        ProgressReport.Create([Result("en", 3, [3, 3, 3], 0), Result("en", 3, [3, 3, 3], 28)])["s1"].Text
            .Should().Be("Scale one changed by 0 (RCI 0.00): no reliable change.");
    }

    [Fact]
    public void German_Results_GiveGermanSentences_WithADecimalComma()
    {
        var report = Series("de-AT");

        report["s1"].Text.Should().Be(
            "Scale one: Dein Wert hat sich um -3 verändert (RCI -9,49): eine verlässliche Verbesserung (bei einem Hindernis ist ein niedrigerer Wert besser).");
        report["s2"].Text.Should().Be(
            "Scale two: Dein Wert ist um 1,67 gestiegen (von 2,33 über 3 auf 4), das wiegt also etwas schwerer als vorher; hier ist ein niedrigerer Wert besser.");
        report.Note.Should().StartWith("Ohne Normen für diese Skalen lässt sich eine Veränderung noch nicht vom Zufall");
        ProgressReport.Create([Result("de", 2, [4, 4, 4], 0), Result("de", 5, [2, 2, 2], 28)])["s1"].Text
            .Should().Be("Scale one: Dein Wert hat sich um +3 verändert (RCI 9,49): ein verlässlicher Anstieg, dieses Hindernis wiegt also schwerer als vorher.");
        ProgressReport.Create([Result("de", 2, [4, 4, 4], 0), Result("de", 5, [2, 2, 2], 28)])["s2"].Text
            .Should().Be("Scale two: Dein Wert ist um 2 gesunken (von 4 auf 2), in die bessere Richtung; hier ist ein niedrigerer Wert besser.");
        ProgressReport.Create([Result("de", 3, [2, null, null], 0), Result("de", 3, [3, 3, 3], 28)])["s2"].Text
            .Should().Be("Scale two: Am Anfang oder am Ende wurde kein Wert berechnet, deshalb lässt sich die Veränderung nicht vergleichen.");
        ProgressReport.Create([Result("de", 3, [3, 3, 3], 0), Result("de", 3, [3, 3, 3], 28)])["s2"].Text
            .Should().Be("Scale two: Dein Wert ist gleich geblieben (von 3 auf 3); hier ist ein niedrigerer Wert besser.");
    }

    [Fact]
    public void TheDefaultPackInGerman_SpeaksGermanThroughout()
    {
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.TranslatedCatalog.ForCulture("de"));
        var quick = DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        AssessmentResult Take(int value, int day)
        {
            var builder = AssessmentResponse.For(quick, "romantic");
            foreach (var item in quick.Items)
            {
                var scale = DefaultContent.Catalog.GetResponseScale(quick, item);
                builder.Answer(item.Id, item.Scale is null ? scale.Min : Math.Clamp(item.Reverse ? 6 - value : value, scale.Min, scale.Max));
            }

            return pipeline.Score(builder.Build(new FixedTime(DateTimeOffset.UnixEpoch.AddDays(day))));
        }

        var report = ProgressReport.Create([Take(4, 0), Take(2, 30)]);

        report.Scales.Should().OnlyContain(static s => s.Text.Contains("Dein Wert ist um 2 gesunken (von 4 auf 2)", StringComparison.Ordinal));
        report.Scales.Select(static s => s.Text).Should().NotContain(static t => t.Contains("went", StringComparison.Ordinal) || t.Contains("lower", StringComparison.Ordinal));
        report.Note.Should().StartWith("Ohne Normen");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
