using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IntimacyKit.Samples.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class RegisterModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnPostAsync()
    {
        var user = new IdentityUser { UserName = Email, Email = Email };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            Errors.AddRange(created.Errors.Select(static e => e.Description));
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/");
    }
}
