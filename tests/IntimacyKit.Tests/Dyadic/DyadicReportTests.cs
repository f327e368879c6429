using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Scoring;

namespace IntimacyKit.Tests.Dyadic;

public class DyadicReportTests
{
    private static readonly ContentCatalog Catalog = DefaultContent.Catalog;
    private static readonly ScoringPipeline Pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog);

    private static AssessmentResult Take(string assessmentId, Func<AssessmentItem, int> answer)
    {
        var assessment = Catalog.GetAssessment(assessmentId);
        var builder = AssessmentResponse.For(assessment, "romantic");
        foreach (var item in assessment.Items)
        {
            builder.Answer(item.Id, answer(item));
        }

        return Pipeline.Score(builder.Build(TimeProvider.System));
    }

    [Fact]
    public void Create_Profiles_ComparesEveryScaleWithTheTopBand()
    {
        var a = Take(DefaultContent.ProfileAssessmentId, i => i.Scale is null ? 1 : i.Scale == "persona-mask" ? (i.Reverse ? 1 : 5) : (i.Reverse ? 5 : 1));
        var b = Take(DefaultContent.ProfileAssessmentId, i => i.Scale is null ? 1 : i.Scale is "persona-mask" or "shame" ? (i.Reverse ? 1 : 5) : (i.Reverse ? 5 : 1));

        var report = DyadicReport.Create(a, b, firstName: "you", secondName: "your partner");

        var mask = report.Scales.Single(s => s.ScoreId == "persona-mask");
        (mask.First, mask.Second, mask.Difference, mask.TopBand).Should().Be((5.0, 5.0, 0.0, TopBandAgreement.Both));
        mask.Text.Should().Be("Living behind a mask: both you and your partner score in the high band, so this is something to work on together.");
        report.Scales.Single(s => s.ScoreId == "shame").TopBand.Should().Be(TopBandAgreement.OnlySecond);
        report.Scales.Single(s => s.ScoreId == "selfishness").TopBand.Should().Be(TopBandAgreement.Neither);
        report.Scales.Should().HaveCount(16 + 7);
    }

    [Fact]
    public void Create_ListeningCheck_ReportsThePerceptionGapBothWays()
    {
        var listening = Catalog.GetAssessment(DefaultContent.ListeningCheckAssessmentId);
        // A thinks A listens well (5 on positive behaviours); B thinks A rarely does (2). B and A agree about B (3).
        var a = Take(listening.Id, i => i.Id.StartsWith("self-", StringComparison.Ordinal) ? (i.Reverse ? 5 : 1) : 3);
        var b = Take(listening.Id, i => i.Id.StartsWith("other-", StringComparison.Ordinal) ? (i.Reverse ? 2 : 4) : 3);

        var report = DyadicReport.Create(a, b, listening.DyadicPairs, "you", "your partner");

        var attention = report.GapsAboutFirst.Single(g => g.PairId == "attention");
        (attention.Self, attention.ByOther, attention.Gap).Should().Be((5, 2, 3));
        attention.Text.Should().Be("Full attention, about you: rated 5 by you and 2 by your partner (on the 1-5 scale), a gap of 3.");
        report.GapsAboutSecond.Should().OnlyContain(g => g.Gap == 0);
        report.GapsAboutFirst.Should().HaveCount(listening.DyadicPairs.Length);
    }

    [Fact]
    public void Create_ReportForA_HoldsNothingDerivedFromBsSafetyItems()
    {
        var a = Take(DefaultContent.ProfileAssessmentId, i => 3);
        var bSafe = Take(DefaultContent.ProfileAssessmentId, i => i.Scale is null ? 1 : 4);
        var bInDanger = Take(DefaultContent.ProfileAssessmentId, i => i.Scale is null ? 5 : 4);
        bInDanger.RequiresSupportFirst.Should().BeTrue();

        var safe = Describe(DyadicReport.Create(a, bSafe));
        var danger = Describe(DyadicReport.Create(a, bInDanger));

        danger.Should().Be(safe, "B's safety answers and flags change nothing A sees");
        danger.Should().NotContainAny("safety", "harm", "afraid", "current-harm", "possible-harm", "emergency");
    }

    [Fact]
    public void Create_DifferentAssessments_AreRefused()
    {
        var a = Take(DefaultContent.ProfileAssessmentId, _ => 3);
        var b = Take(DefaultContent.QuickCheckAssessmentId, _ => 3);

        var create = () => DyadicReport.Create(a, b);

        create.Should().Throw<ArgumentException>().WithMessage("A dyadic report compares results of one assessment and version*");
    }

    private static string Describe(DyadicReport report)
        => string.Join("\n", report.Scales.Select(s => $"{s}")) + string.Join("\n", report.GapsAboutFirst.Concat(report.GapsAboutSecond).Select(g => $"{g}"));
}
