using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Samples.Web.Taking;
using IntimacyKit.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntimacyKit.Samples.Web.Pages.Pairs;

/// <summary>One pairing: each comparison's state, the report once both have answered, and ending the pairing.</summary>
public sealed class PairModel(PairingStore pairings, SafetyStanding standing, ContentCatalog catalog, SupportDirectory support) : PageModel
{
    public PairView View { get; private set; } = null!;

    /// <summary>Support first while this person's own newest result has flags that stand (never the other's).</summary>
    public SupportView? Support { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await pairings.FindAsync(UserId, id, HttpContext.RequestAborted) is not { } pairing)
        {
            return NotFound();
        }

        View = await PairView.LoadAsync(pairing, UserId, pairings, catalog, support, HttpContext.RequestAborted);
        Support = await standing.SupportAsync(UserId, HttpContext.RequestAborted);

        return Page();
    }

    /// <summary>Ends the pairing for both at once; each keeps their own results.</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid id)
    {
        await pairings.EndAsync(UserId, id, HttpContext.RequestAborted);
        return Redirect("/pairs");
    }
}
