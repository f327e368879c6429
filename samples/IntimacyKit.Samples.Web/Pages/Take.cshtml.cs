using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Samples.Web.Taking;
using IntimacyKit.Scoring;
using IntimacyKit.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>
/// Taking an assessment: who it is about, then the safety screen, then the statements a few at a time. The answers so
/// far travel with the form, so an anonymous person's answers are never stored; a signed-in person's result is saved
/// when they finish.
/// </summary>
[EnableRateLimiting(RateLimits.Submissions)]
public sealed class TakeModel(ContentCatalog catalog, ScoringPipeline pipeline, ResultStore store, SupportDirectory support, TimeProvider time) : PageModel
{
    public Screens Screens { get; private set; } = null!;

    public RelationshipKind? Kind { get; private set; }

    /// <summary>The answers so far, by item id.</summary>
    [BindProperty(Name = "a")]
    public Dictionary<string, string> Answers { get; set; } = new(StringComparer.Ordinal);

    [BindProperty(SupportsGet = true)]
    public string? RelationshipKind { get; set; }

    [BindProperty]
    public int Step { get; set; }

    [BindProperty]
    public string? Nav { get; set; }

    public List<string> Problems { get; } = [];

    /// <summary>The scored result, for a person who is not signed in (shown here, never stored).</summary>
    public ResultView? Result { get; private set; }

    public ContentCatalog Catalog => catalog;

    public IActionResult OnGet(string id)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        Step = 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        if (Kind is null || Step < 0 || Step >= Screens.Count || Nav is not ("next" or "back"))
        {
            Problems.Add("The form was not one this page sent; start again from the beginning.");
            Step = 0;
            return BadRequestPage();
        }

        Problems.AddRange(Screens.Check(catalog, Answers));
        if (Problems.Count > 0)
        {
            return BadRequestPage();
        }

        if (Nav == "back")
        {
            Step = Math.Max(0, Step - 1);
            return Page();
        }

        if (Step < Screens.Count - 1)
        {
            Step++;
            return Page();
        }

        return await FinishAsync();
    }

    private async Task<IActionResult> FinishAsync()
    {
        var outcome = pipeline.TryScore(Screens.Response(Kind!.Id, Answers, time.GetUtcNow()));
        if (!outcome.TryGetResult(out var result))
        {
            Problems.AddRange(outcome.Problems.Select(static p => p.Message));
            return BadRequestPage();
        }

        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var stored = await store.SaveAsync(userId, result, HttpContext.RequestAborted);
            return Redirect($"/results/{stored.Id}");
        }

        Result = new ResultView(result, catalog, support, null);
        return Page();
    }

    private PageResult BadRequestPage()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private bool Load(string id)
    {
        if (!catalog.TryGetAssessment(id, out var assessment))
        {
            return false;
        }

        Screens = Screens.For(catalog, assessment);
        Kind = RelationshipKind is { } kind && catalog.TryGetRelationshipKind(kind, out var found) ? found : null;
        return true;
    }
}
