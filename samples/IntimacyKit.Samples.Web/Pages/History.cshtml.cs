using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Progress;
using IntimacyKit.Samples.Web.Charts;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Samples.Web.Taking;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>My saved results and, for an assessment taken more than once, how each scale changed.</summary>
public sealed class HistoryModel(ResultStore store, ContentCatalog catalog, SafetyStanding standing, IStringLocalizer<SharedResource> words)
    : PageModel
{
    public List<StoredResult> Results { get; private set; } = [];

    public List<(string Title, ProgressReport Report, List<(string Title, string Svg)> Charts)> Progress { get; } = [];

    /// <summary>Support, first of all, while a flag stands (the newest result's, or one raised by answers in progress).</summary>
    public SupportView? Support { get; private set; }

    /// <summary>An assessment's title, or its id when the catalog no longer has it.</summary>
    public string TitleOf(string assessmentId) => catalog.TryGetAssessment(assessmentId, out var a) ? a.Title : assessmentId;

    /// <summary>A relationship kind's title, or its id.</summary>
    public string KindOf(string kindId) => catalog.TryGetRelationshipKind(kindId, out var k) ? k.Title : kindId;

    public async Task OnGetAsync()
    {
        Results = await store.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);
        Support = await standing.SupportAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);

        foreach (var group in Results.GroupBy(static r => (r.AssessmentId, r.AssessmentVersion)).Where(static g => g.Count() > 1))
        {
            var results = group.OrderBy(static r => r.CompletedAtUtc).Select(ResultStore.Read).ToList();
            if (results[^1].HasSafetyFlags)
            {
                // While harm may stand, a change in a scale is not something to read as better or worse here.
                continue;
            }

            var report = ProgressReport.Create(results);
            var (min, max) = catalog.TryGetAssessment(group.Key.AssessmentId, out var assessment)
                ? (catalog.GetResponseScale(assessment.ResponseScale).Min, catalog.GetResponseScale(assessment.ResponseScale).Max)
                : (1, 5);
            var charts = report.Scales
                .Where(static s => !s.IsComposite && s.Values.All(static v => v is not null))
                .Select((s, i) => (s.Title, ScoreChart.Trend(
                    s.Title,
                    [.. report.Dates.Zip(s.Values, static (d, v) => (d.UtcDateTime, v!.Value))],
                    min,
                    max,
                    $"trend-{group.Key.AssessmentId}-{i}",
                    words)))
                .ToList();
            Progress.Add((results[^1].AssessmentTitle, report, charts));
        }
    }
}
