using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>One of my saved results; another person's id is not found.</summary>
public sealed class ResultsModel(ResultStore store, ContentCatalog catalog, SupportDirectory support) : PageModel
{
    public ResultView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await store.FindAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, id, HttpContext.RequestAborted) is not { } stored)
        {
            return NotFound();
        }

        View = new ResultView(ResultStore.Read(stored), catalog, support, stored.Id);
        return Page();
    }
}
