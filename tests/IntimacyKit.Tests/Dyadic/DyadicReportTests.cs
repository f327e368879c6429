using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Scoring;

namespace IntimacyKit.Tests.Dyadic;

public class DyadicReportTests
{
    private static readonly ContentCatalog Catalog = DefaultContent.Catalog;
    private static readonly ScoringPipeline Pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(Catalog);

    private enum Screen
    {
        Safe,
        InDanger,
        Skipped,
    }

    /// <summary>Answers the scored statements with <paramref name="answer"/>; the safety screen at its lowest, its highest, or skipped.</summary>
    private static AssessmentResult Take(string assessmentId, Func<AssessmentItem, int> answer, Screen screen = Screen.Safe)
    {
        var assessment = Catalog.GetAssessment(assessmentId);
        var builder = AssessmentResponse.For(assessment, "romantic");
        foreach (var (item, index) in assessment.Items.Select((item, index) => (item, index)))
        {
            var scale = Catalog.GetResponseScale(assessment, item);
            _ = index >= assessment.SafetyItemCount ? builder.Answer(item.Id, answer(item))
                : screen == Screen.Safe ? builder.Answer(item.Id, scale.Min)
                : screen == Screen.InDanger ? builder.Answer(item.Id, scale.Max)
                : builder.Skip(item.Id);
        }

        return Pipeline.Score(builder.Build(TimeProvider.System));
    }

    [Fact]
    public void Create_Profiles_ComparesEveryScaleWithTheTopBand()
    {
        var a = Take(DefaultContent.ProfileAssessmentId, i => i.Scale == "persona-mask" ? (i.Reverse ? 1 : 5) : (i.Reverse ? 5 : 1));
        var b = Take(DefaultContent.ProfileAssessmentId, i => i.Scale is "persona-mask" or "shame" ? (i.Reverse ? 1 : 5) : (i.Reverse ? 5 : 1));

        var report = DyadicReport.Create(a, b, firstName: "you", secondName: "your partner");

        var mask = report.Scales.Single(s => s.ScoreId == "persona-mask");
        (mask.First, mask.Second, mask.Difference, mask.TopBand).Should().Be((5.0, 5.0, 0.0, TopBandAgreement.Both));
        mask.Text.Should().Be("Playing a part (you 5, your partner 5): 'Mostly fits me' for both you and your partner; if you both feel safe, this is something to work on together.");
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
        var bSafe = Take(DefaultContent.ProfileAssessmentId, i => 4);
        var bInDanger = Take(DefaultContent.ProfileAssessmentId, i => 4, Screen.InDanger);
        var bSkipped = Take(DefaultContent.ProfileAssessmentId, i => 4, Screen.Skipped);
        bSafe.HasSafetyFlags.Should().BeFalse();
        bInDanger.RequiresSupportFirst.Should().BeTrue();
        bSkipped.SafetyFlags.Should().NotBeEmpty().And.OnlyContain(f => f.NotAnswered && f.Severity == SafetySeverity.Concern);

        var safe = Describe(DyadicReport.Create(a, bSafe));
        var danger = Describe(DyadicReport.Create(a, bInDanger));
        var skipped = Describe(DyadicReport.Create(a, bSkipped));

        danger.Should().Be(safe, "B's safety answers and flags change nothing A sees");
        skipped.Should().Be(safe, "B's skipped safety statements change nothing A sees");
        Describe(DyadicReport.Create(bInDanger, a)).Should().Be(Describe(DyadicReport.Create(bSafe, a)), "nor does the order of the two results");
    }

    [Fact]
    public void Create_AnyPair_OpensWithTheSameSupportForBothWhateverTheirFlags()
    {
        var safe = Take(DefaultContent.ProfileAssessmentId, i => 3);
        var inDanger = Take(DefaultContent.ProfileAssessmentId, i => 3, Screen.InDanger);

        var calm = DyadicReport.Create(safe, safe);
        var flagged = DyadicReport.Create(safe, inDanger);

        calm.SupportResources.Select(r => r.Id).Should().Equal(flagged.SupportResources.Select(r => r.Id)).And.Contain("emergency-services");
        calm.Disclaimer.Should().Be(safe.Disclaimer);
        var (safeFile, dangerFile) = (AssessmentResultSerializer.Read(AssessmentResultSerializer.ToJson(safe)), AssessmentResultSerializer.Read(AssessmentResultSerializer.ToJson(inDanger)));
        DyadicReport.Create(safeFile, dangerFile).SupportResources.Select(r => r.Id).Should().Equal(calm.SupportResources.Select(r => r.Id), "results read back from files open with the same panel");
        DyadicReport.Create(dangerFile, safeFile).SupportResources.Select(r => r.Id).Should().Equal(calm.SupportResources.Select(r => r.Id), "whichever file comes first");
        DyadicReport.SafetyNotice.Should().Contain("only if you both feel safe");
    }

    [Fact]
    public void Create_ProtectiveScale_NeverSaysTheOtherCanHelpOrToWorkOnItTogether()
    {
        // A is guarded (high on mistrust), B is not; a protective scale reads the same with or without a flag.
        var guarded = Take(DefaultContent.ProfileAssessmentId, i => i.Scale == "learned-mistrust" ? (i.Reverse ? 1 : 5) : 3);
        var open = Take(DefaultContent.ProfileAssessmentId, i => i.Scale == "learned-mistrust" ? (i.Reverse ? 5 : 1) : 3);
        var guardedInDanger = Take(DefaultContent.ProfileAssessmentId, i => i.Scale == "learned-mistrust" ? (i.Reverse ? 1 : 5) : 3, Screen.InDanger);

        var text = DyadicReport.Create(guarded, open).Scales.Single(s => s.ScoreId == "learned-mistrust").Text;

        text.Should().NotContain("may be able to help").And.NotContain("work on together").And.Contain("only if you both feel safe");
        DyadicReport.Create(guardedInDanger, open).Scales.Single(s => s.ScoreId == "learned-mistrust").Text.Should().Be(text);
        DyadicReport.Create(guarded, guarded).Scales.Single(s => s.ScoreId == "learned-mistrust").Text.Should().NotContain("work on together");
    }

    [Fact]
    public void Create_DifferentAssessments_AreRefused()
    {
        var a = Take(DefaultContent.ProfileAssessmentId, _ => 3);
        var b = Take(DefaultContent.QuickCheckAssessmentId, _ => 3);

        var create = () => DyadicReport.Create(a, b);

        var mismatch = create.Should().Throw<ResultComparisonException>().WithMessage("A dyadic report compares results of one assessment and version*").Which;
        mismatch.Problem.Should().StartWith("A dyadic report compares").And.NotContain("Parameter");
        (mismatch.FirstAssessmentId, mismatch.OtherAssessmentId).Should().Be((DefaultContent.ProfileAssessmentId, DefaultContent.QuickCheckAssessmentId));
        mismatch.FirstVersion.Should().NotBeNull();
    }

    private static string Describe(DyadicReport report)
        => string.Join(", ", report.SupportResources.Select(r => r.Id)) + "\n" + report.Disclaimer + "\n" + string.Join("\n", report.Scales.Select(s => $"{s}")) + string.Join("\n", report.GapsAboutFirst.Concat(report.GapsAboutSecond).Select(g => $"{g}"));

    [Fact]
    public void Validator_ADyadicPairOnASafetyStatement_IsRefused_SoNoSafetyAnswerCanReachAComparison()
    {
        var listening = Catalog.GetAssessment(DefaultContent.ListeningCheckAssessmentId);
        var pairs = listening.DyadicPairs.Select(p => p.Id == "attention" ? new DyadicPair(p.Id, p.Title, "safety-afraid", p.OtherItem) : p);
        var leaky = new Assessment(listening.Id, listening.Version, listening.Title, listening.Instructions, listening.ResponseScale, listening.Items, listening.Scales, listening.Composites, listening.SafetyRules, pairs, listening.SafetyPreface);
        var pack = DefaultContent.Pack;

        var build = () => new ContentPack(pack.Id, pack.Version, pack.Culture, pack.Title, pack.License, pack.Provenance, pack.RelationshipKinds, pack.Obstacles, pack.Exercises, pack.ResponseScales, pack.Assessments.Select(a => a.Id == listening.Id ? leaky : a), pack.SupportResources, pack.Notices);

        build.Should().Throw<ContentValidationException>().Which.Problems.Should().Contain(p => p.Message.Contains("uses safety statement 'safety-afraid'", StringComparison.Ordinal));
    }
}
