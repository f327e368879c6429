using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Dyadic;

/// <summary>
/// The dyadic report's sentences in the language both people answered in: German for German results (with a decimal
/// comma), and the English ones word for word as they have always been.
/// </summary>
public class DyadicTextTests
{
    /// <summary>s1 at <paramref name="s1"/>, s2 the mean of b1..b3 (fewer than three answers leave it unscored).</summary>
    private static AssessmentResult Result(string culture, int s1, params int?[] s2)
    {
        var pipeline = ScoringPacks.Pipeline(ScoringPacks.Create(culture: culture));
        var answers = new List<Answer> { new("danger", 1), new("a1", s1), new("a2", 6 - s1), new("a3", s1), new("a4", s1) };
        answers.AddRange(s2.Select((value, i) => new Answer($"b{i + 1}", value)));
        return pipeline.Score(new AssessmentResponse(ScoringPacks.AssessmentId, SemanticVersion.Parse("1.0.0"), "romantic", answers, DateTimeOffset.UnixEpoch));
    }

    private static Dictionary<string, string> Texts(string culture, (int S1, int?[] S2) first, (int S1, int?[] S2) second)
        => DyadicReport.Create(Result(culture, first.S1, first.S2), Result(culture, second.S1, second.S2), firstName: "Sam", secondName: "Alex")
            .Scales.ToDictionary(static s => s.ScoreId, static s => s.Text);

    [Fact]
    public void Notice_IsInTheReportsLanguage()
    {
        var english = DyadicReport.Create(Result("en", 5, 2, 2, 3), Result("en", 4, 4, 4, 4), firstName: "Sam", secondName: "Alex");
        var german = DyadicReport.Create(Result("de-AT", 5, 2, 2, 3), Result("de-AT", 4, 4, 4, 4), firstName: "Sam", secondName: "Alex");

        english.Culture.Should().Be("en");
        english.Notice.Should().Be(DyadicReport.SafetyNotice);
        german.Notice.Should().StartWith("Vergleicht eure Antworten nur dann gemeinsam, wenn ihr euch beide dabei sicher fühlt.");
    }

    [Fact]
    public void English_IsWordedAsBefore()
    {
        var both = Texts("en", (5, [2, 2, 3]), (4, [4, 4, 4]));
        var neither = Texts("en", (1, [2, 2, 2]), (2, [1, 2, 2]));
        var unscored = Texts("en", (5, [2, null, null]), (1, [5, 5, 5]));

        both["s1"].Should().Be("Scale one (Sam 5, Alex 4): 'High' for both Sam and Alex; if you both feel safe, this is something to work on together.");
        both["s2"].Should().Be("Scale two (Sam 2.33, Alex 4): 'High' for Alex, not for Sam; if you both feel safe talking about it, Sam may be able to help.");
        unscored["s1"].Should().Be("Scale one (Sam 5, Alex 1): 'High' for Sam, not for Alex; if you both feel safe talking about it, Alex may be able to help.");
        neither["s1"].Should().Be("Scale one (Sam 1, Alex 2): neither Sam nor Alex reached 'High'.");
        unscored["s2"].Should().Be("Scale two: not scored for both, so it cannot be compared.");
    }

    [Fact]
    public void German_Results_GiveGermanSentences_WithADecimalComma()
    {
        var both = Texts("de", (5, [2, 2, 3]), (4, [4, 4, 4]));
        var neither = Texts("de-AT", (1, [2, 2, 2]), (2, [1, 2, 2]));
        var unscored = Texts("de", (5, [2, null, null]), (1, [5, 5, 5]));

        both["s1"].Should().Be("Scale one (Sam 5, Alex 4): „High“ kam bei euch beiden heraus, bei Sam und bei Alex; wenn ihr euch beide sicher fühlt, ist das "
            + "etwas, woran ihr gemeinsam arbeiten könnt.");
        both["s2"].Should().Be("Scale two (Sam 2,33, Alex 4): „High“ kam bei Alex heraus, nicht bei Sam; wenn ihr euch beide sicher fühlt, darüber zu "
            + "sprechen, kann Sam vielleicht helfen.");
        unscored["s1"].Should().Be("Scale one (Sam 5, Alex 1): „High“ kam bei Sam heraus, nicht bei Alex; wenn ihr euch beide sicher fühlt, darüber zu "
            + "sprechen, kann Alex vielleicht helfen.");
        neither["s1"].Should().Be("Scale one (Sam 1, Alex 2): „High“ kam weder bei Sam noch bei Alex heraus.");
        unscored["s2"].Should().Be("Scale two: nicht für euch beide berechnet, deshalb lässt sich das nicht vergleichen.");
    }

    [Fact]
    public void German_ListeningCheck_GivesGermanGapsAndScaleLines_WithoutBands()
    {
        var catalog = DefaultContent.TranslatedCatalog.ForCulture("de");
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var listening = catalog.GetAssessment(DefaultContent.ListeningCheckAssessmentId);
        AssessmentResult Take(Func<AssessmentItem, int> answer)
        {
            var builder = AssessmentResponse.For(listening, "romantic");
            foreach (var item in listening.Items)
            {
                _ = item.Scale is null ? builder.Answer(item.Id, catalog.GetResponseScale(listening, item).Min) : builder.Answer(item.Id, answer(item));
            }

            return pipeline.Score(builder.Build(TimeProvider.System));
        }

        // As in the English test: Sam thinks Sam listens well (5); Alex thinks Sam rarely does (2); both agree about Alex (3).
        var sam = Take(i => i.Id.StartsWith("self-", StringComparison.Ordinal) ? (i.Reverse ? 5 : 1) : 3);
        var alex = Take(i => i.Id.StartsWith("other-", StringComparison.Ordinal) ? (i.Reverse ? 2 : 4) : 3);

        var report = DyadicReport.Create(sam, alex, listening.DyadicPairs, "Sam", "Alex");

        report.GapsAboutFirst.Single(static g => g.PairId == "attention").Text
            .Should().Be("„Volle Aufmerksamkeit“ bei Sam: von Sam mit 5 eingeschätzt, von Alex mit 2 (auf der Skala von 1 bis 5), ein Unterschied von 3.");
        report.GapsAboutSecond.Single(static g => g.PairId == "attention").Text
            .Should().Be("„Volle Aufmerksamkeit“ bei Alex: von euch beiden mit 3 eingeschätzt (auf der Skala von 1 bis 5).");
        report.Scales.Should().OnlyContain(static s => s.TopBand == TopBandAgreement.Unknown, "a draft translation shows no bands");
        report.Scales.Select(static s => s.Text).Should().OnlyContain(static t => t.EndsWith(").", StringComparison.Ordinal) && t.Contains("Sam ", StringComparison.Ordinal));
    }
}
