using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Samples.Web.Taking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IntimacyKit.Samples.Web.Pages.Pairs;

/// <summary>
/// Accepting an invitation by its code (typed, or from the link). Every look-up is limited per person and address
/// (<c>RateLimits:CodesPerMinute</c>), reading the page included, so codes cannot be found by trying many.
/// </summary>
[EnableRateLimiting(RateLimits.Codes)]
public sealed class AcceptModel(PairingStore pairings, SafetyStanding standing, ContentCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Label { get; set; }

    /// <summary>The name the person who invited them will see for them.</summary>
    [BindProperty]
    public string? ShownName { get; set; }

    /// <summary>The name the person who invited them gave for themselves, if any.</summary>
    public string? FromName { get; private set; }

    /// <summary>Who the person who invited them would be to them.</summary>
    public RelationshipKind? Kind { get; private set; }

    /// <summary>Why the code cannot be used, for the page to say in the person's language.</summary>
    public Phrase? Problem { get; private set; }

    public SupportView? Support { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync()
    {
        Support = await standing.SupportAsync(UserId, HttpContext.RequestAborted);

        if (string.IsNullOrWhiteSpace(Code))
        {
            return Page();
        }

        if (await pairings.FindInvitationAsync(Code, HttpContext.RequestAborted) is { } invitation
            && catalog.TryGetRelationshipKind(invitation.InviteeKind, out var kind))
        {
            Kind = kind;
            FromName = invitation.InviterShownName;
            return Page();
        }

        Problem = PairingStore.UnknownCode;
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (pairing, problem) = await pairings.AcceptAsync(UserId, Code ?? string.Empty, Label, ShownName, HttpContext.RequestAborted);
        if (pairing is not null)
        {
            return Redirect($"/pairs/{pairing.Id}");
        }

        await OnGetAsync();
        Problem = problem;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
