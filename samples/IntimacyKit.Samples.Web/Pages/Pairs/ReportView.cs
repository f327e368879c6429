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
public sealed class ReportView(DyadicReport? report, string? problem, string chartSvg, SupportDirectory support, ResponseScale? scale = null)
{
    public DyadicReport? Report { get; } = report;

    public string? Problem { get; } = problem;

    public string ChartSvg { get; } = chartSvg;

    public SupportDirectory Support { get; } = support;

    /// <summary>The answers the dyadic statements take, for saying each answer in words.</summary>
    public ResponseScale? Scale { get; } = scale;

    /// <summary>
    /// One perception gap in words: what the person said of themselves and what the other said of them, as the answers
    /// read ("Often", "Rarely"), since a number means better on one statement and worse on the next.
    /// </summary>
    public string Say(PerceptionGap gap, string about, string self, string other)
    {
        string Word(int value) => Scale is { } s && s.Contains(value)
            ? $"“{s.LabelOf(value)}”"
            : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return gap.Self is { } mine && gap.ByOther is { } theirs
            ? $"{gap.Title}, about {about}: {self} answered {Word(mine)}, {other} answered {Word(theirs)}."
            : $"{gap.Title}, about {about}: not answered by both.";
    }

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
        return new ReportView(report, null, ScoreChart.Pair(report, otherName, scale.Min, scale.Max, $"pair-{assessment.Id}"), support, scale);
    }
}
