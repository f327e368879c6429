using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Samples.Web.Taking;
using IntimacyKit.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>One of my saved results; another person's id is not found.</summary>
public sealed class ResultsModel(ResultStore store, ContentCatalog catalog, SupportDirectory support, SafetyStanding standing) : PageModel
{
    public ResultView View { get; private set; } = null!;

    /// <summary>
    /// Whether to suggest comparing with someone: only for an assessment two people can compare, and never while a flag
    /// stands for this person (this result's, their newest one's, or one raised by answers in progress).
    /// </summary>
    public bool SuggestComparing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await store.FindAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, id, HttpContext.RequestAborted) is not { } stored)
        {
            return NotFound();
        }

        View = new ResultView(ResultStore.Read(stored), catalog, support, stored.Id);
        SuggestComparing = !View.Result.HasSafetyFlags && catalog.TryGetAssessment(View.Result.AssessmentId, out var assessment)
            && !assessment.DyadicPairs.IsEmpty && await standing.SupportAsync(stored.UserId, HttpContext.RequestAborted) is null;
        return Page();
    }
}
