using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Samples.Web.Charts;
using IntimacyKit.Scoring;
using IntimacyKit.Support;
using Microsoft.Extensions.Localization;

namespace IntimacyKit.Samples.Web.Pages.Pairs;

/// <summary>
/// The dyadic report as this person sees it ("you" and the other), with its chart; or, when the two answered different
/// versions of the assessment, the reason it cannot be compared.
/// </summary>
/// <param name="report">The report, or <see langword="null"/> when the answers cannot be compared.</param>
/// <param name="problem">Why they cannot be compared (an English resource key), or <see langword="null"/>.</param>
/// <param name="support">The host's support contacts.</param>
/// <param name="scale">The answers the dyadic statements take.</param>
/// <param name="chartId">The chart's id on the page.</param>
public sealed class ReportView(DyadicReport? report, string? problem, SupportDirectory support, ResponseScale? scale = null, string chartId = "pair-chart")
{
    public DyadicReport? Report { get; } = report;

    public string? Problem { get; } = problem;

    public SupportDirectory Support { get; } = support;

    /// <summary>The answers the dyadic statements take, for saying each answer in words.</summary>
    public ResponseScale? Scale { get; } = scale;

    /// <summary>Both people's scores side by side, its words in the page's language; empty when there is no report.</summary>
    public string Chart(IStringLocalizer words) => Report is { } r && Scale is { } s
        ? ScoreChart.Pair(r, r.SecondName, s.Min, s.Max, chartId, words)
        : string.Empty;

    /// <summary>
    /// One perception gap in words, in the page's language: what one person said of themselves and what the other said
    /// of them, as the answers read ("Often", "Rarely"), since a number means better on one statement and worse on the next.
    /// </summary>
    /// <param name="gap">The gap.</param>
    /// <param name="aboutMe">Whether the gap is about this person (else about the other).</param>
    /// <param name="words">The page's localizer.</param>
    public string Say(PerceptionGap gap, bool aboutMe, IStringLocalizer words)
    {
        var other = Report?.SecondName ?? string.Empty;
        object Word(int value) => Scale is { } s && s.Contains(value)
            ? new Phrase("“{0}”", s.LabelOf(value))
            : value;
        var phrase = (aboutMe, gap.Self, gap.ByOther) switch
        {
            (true, { } self, { } byOther) => new Phrase("{0}, about you: you answered {1}, {2} answered {3}.", gap.Title, Word(self), other, Word(byOther)),
            (false, { } self, { } byOther) => new Phrase("{0}, about {1}: {1} answered {2}, you answered {3}.", gap.Title, other, Word(self), Word(byOther)),
            (true, _, _) => new Phrase("{0}, about you: not answered by both.", gap.Title),
            (false, _, _) => new Phrase("{0}, about {1}: not answered by both.", gap.Title, other),
        };
        return phrase.In(words);
    }

    public static ReportView Create(
        AssessmentResult mine, AssessmentResult theirs, Assessment assessment, ContentCatalog catalog, SupportDirectory support, string otherName)
    {
        if (mine.AssessmentVersion != theirs.AssessmentVersion)
        {
            return new ReportView(
                null,
                "You answered different versions of this check, so the answers cannot be set side by side. Compare again to see them.",
                support);
        }

        var report = DyadicReport.Create(mine, theirs, assessment.DyadicPairs, "you", otherName);
        return new ReportView(report, null, support, catalog.GetResponseScale(assessment.ResponseScale), $"pair-{assessment.Id}");
    }
}
