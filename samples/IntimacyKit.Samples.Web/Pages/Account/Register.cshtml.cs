using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace IntimacyKit.Samples.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class RegisterModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IEmailSender<IdentityUser> email) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    /// <summary>Where to go once the account exists (such as an invitation's page); only a local address is followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

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

        // The confirmation link goes to the e-mail sender, which in this sample writes it to the log.
        var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = $"{Request.Scheme}://{Request.Host}/account/confirm?userId={Uri.EscapeDataString(user.Id)}&code={code}";
        await email.SendConfirmationLinkAsync(user, Email, link);

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
