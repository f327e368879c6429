using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Samples.Web.Charts;
using IntimacyKit.Scoring;
using IntimacyKit.Support;

namespace IntimacyKit.Samples.Web.Pages.Pairs;

/// <summary>
/// The dyadic report as this person sees it ("you" and the other), with its chart; or, when the two answered different
/// versions of the assessment, the reason it cannot be compared.
/// </summary>
public sealed class ReportView(DyadicReport? report, string? problem, string chartSvg, SupportDirectory support)
{
    public DyadicReport? Report { get; } = report;

    public string? Problem { get; } = problem;

    public string ChartSvg { get; } = chartSvg;

    public SupportDirectory Support { get; } = support;

    public static ReportView Create(
        AssessmentResult mine, AssessmentResult theirs, Assessment assessment, ContentCatalog catalog, SupportDirectory support, string otherName)
    {
        if (mine.AssessmentVersion != theirs.AssessmentVersion)
        {
            return new ReportView(
                null,
                "You answered different versions of this check, so the answers cannot be set side by side. Compare again to see them.",
                string.Empty,
                support);
        }

        var report = DyadicReport.Create(mine, theirs, assessment.DyadicPairs, "you", otherName);
        var scale = catalog.GetResponseScale(assessment.ResponseScale);
        return new ReportView(report, null, ScoreChart.Pair(report, otherName, scale.Min, scale.Max, $"pair-{assessment.Id}"), support);
    }
}
