using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Samples.Web.Taking;
using IntimacyKit.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IntimacyKit.Samples.Web.Pages.Pairs;

/// <summary>My pairings and open invitations; making an invitation, withdrawing one, and entering a code.</summary>
[EnableRateLimiting(RateLimits.Submissions)]
public sealed class IndexModel(PairingStore pairings, SafetyStanding standing, ContentCatalog catalog, SupportDirectory support, TimeProvider time)
    : PageModel
{
    public List<PairView> Pairs { get; } = [];

    public List<Pairing> Invitations { get; private set; } = [];

    /// <summary>Support first while this person's newest result has flags that stand; then nothing prompts them to invite.</summary>
    public SupportView? Support { get; private set; }

    public ContentCatalog Catalog => catalog;

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Label { get; set; }

    /// <summary>The name the other person will see for this person.</summary>
    [BindProperty]
    public string? ShownName { get; set; }

    /// <summary>The invitation just made: its code is shown this once.</summary>
    public (string Code, string Link, DateTime ExpiresAtUtc)? Created { get; private set; }

    /// <summary>Why the invitation was not made, for the page to say in the person's language.</summary>
    public Phrase? Problem { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync()
    {
        Support = await standing.SupportAsync(UserId, HttpContext.RequestAborted);

        foreach (var pairing in await pairings.ListAsync(UserId, HttpContext.RequestAborted))
        {
            Pairs.Add(await PairView.LoadAsync(pairing, UserId, pairings, catalog, support, HttpContext.RequestAborted));
        }

        Invitations = await pairings.OpenInvitationsAsync(UserId, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostInviteAsync()
    {
        if (!catalog.TryGetRelationshipKind(Kind ?? string.Empty, out _))
        {
            // The form offers the catalog's kinds; without one chosen, say what to do (the store's answer lists their ids).
            Problem = new Phrase("Choose who they are to you.");
        }
        else
        {
            var (pairing, code, problem) = await pairings.InviteAsync(UserId, Kind!, Label, ShownName, HttpContext.RequestAborted);
            if (pairing is not null && code is not null)
            {
                Created = (PairingStore.Display(code), $"{Request.Scheme}://{Request.Host}/pairs/accept?code={code}", pairing.ExpiresAtUtc);
            }

            Problem = problem;
        }

        await OnGetAsync();
        var page = Page();
        page.StatusCode = Problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return page;
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        await pairings.EndAsync(UserId, id, HttpContext.RequestAborted);
        return Redirect("/pairs");
    }

    /// <summary>How long until an invitation stops working, in words: "48 hours", or "20 minutes" in its last hour.</summary>
    public Phrase ExpiresIn(DateTime expiresAtUtc)
    {
        var left = expiresAtUtc - time.GetUtcNow().UtcDateTime;
        return left.TotalHours >= 1
            ? new Phrase("{0} hours", (int)Math.Ceiling(left.TotalHours))
            : new Phrase("{0} minutes", (int)Math.Max(1, Math.Ceiling(left.TotalMinutes)));
    }
}
