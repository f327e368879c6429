using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace IntimacyKit.Samples.Web.Pages.Account;

/// <summary>The link from the confirmation e-mail (written to the log in this sample).</summary>
public sealed class ConfirmModel(UserManager<IdentityUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        if (userId is not null && code is not null && await users.FindByIdAsync(userId) is { } user)
        {
            try
            {
                Confirmed = (await users.ConfirmEmailAsync(user, Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)))).Succeeded;
            }
            catch (FormatException)
            {
                Confirmed = false;
            }
        }

        return Page();
    }
}
