using System.Text.Json;
using System.Text.Json.Nodes;
using IntimacyKit.Samples.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntimacyKit.Samples.Web.Pages.Account;

/// <summary>Export all my data, or delete my account and every row that belongs to it.</summary>
public sealed class IndexModel(
    UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, ResultStore store, DraftStore drafts, PairingStore pairings) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Email { get; private set; } = string.Empty;

    public IList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    [BindProperty]
    public bool Confirm { get; set; }

    [BindProperty]
    public string CurrentPassword { get; set; } = string.Empty;

    [BindProperty]
    public string NewPassword { get; set; } = string.Empty;

    /// <summary>Whether the password was just changed.</summary>
    public bool PasswordChanged { get; private set; }

    /// <summary>Why the password was not changed: Identity's errors, already in the person's language.</summary>
    public List<string> PasswordErrors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        Passkeys = await users.GetPasskeysAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var changed = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        PasswordChanged = changed.Succeeded;
        PasswordErrors.AddRange(changed.Errors.Select(static e => e.Description));
        if (changed.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return await OnGetAsync();
    }

    public async Task<IActionResult> OnPostExportAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var results = await store.ListAsync(user.Id, HttpContext.RequestAborted);
        var export = new JsonObject
        {
            ["format"] = "intimacykit-web-export/1",
            ["account"] = new JsonObject { ["id"] = user.Id, ["email"] = user.Email, ["lockoutEnabled"] = user.LockoutEnabled },
            ["logins"] = new JsonArray([.. (await users.GetLoginsAsync(user)).Select(static l => JsonValue.Create(l.LoginProvider))]),
            ["passkeys"] = new JsonArray([.. (await users.GetPasskeysAsync(user)).Select(static p => new JsonObject
            {
                ["name"] = p.Name,
                ["createdAt"] = p.CreatedAt,
                ["credentialId"] = Convert.ToBase64String(p.CredentialId),
            })]),
            ["answersInProgress"] = new JsonArray([.. (await drafts.ListAsync(user.Id, HttpContext.RequestAborted)).Select(static d => new JsonObject
            {
                ["assessmentId"] = d.AssessmentId,
                ["assessmentVersion"] = d.AssessmentVersion,
                ["relationshipKind"] = d.RelationshipKind,
                ["step"] = d.Step,
                ["pairingId"] = d.PairingId == Guid.Empty ? null : d.PairingId,
                ["answers"] = JsonNode.Parse(d.AnswersJson),
                ["updatedAtUtc"] = d.UpdatedAtUtc,
            })]),
            ["pairings"] = await PairingsAsync(user.Id),
            ["results"] = new JsonArray([.. results.Select(static r => new JsonObject
            {
                ["id"] = r.Id,
                ["packId"] = r.PackId,
                ["packVersion"] = r.PackVersion,
                ["result"] = JsonNode.Parse(r.Json),
            })]),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(export, Indented);
        return File(bytes, "application/json", "my-data.json");
    }

    /// <summary>
    /// My side of each pairing and open invitation: who the other is to me, my name for them, and which of my results
    /// are my answers in it. Nothing of the other person (their account, answers or results) is mine to export.
    /// </summary>
    private async Task<JsonArray> PairingsAsync(string userId)
    {
        var takes = await pairings.TakesAsync(userId, HttpContext.RequestAborted);
        var all = (await pairings.ListAsync(userId, HttpContext.RequestAborted))
            .Concat(await pairings.OpenInvitationsAsync(userId, HttpContext.RequestAborted));
        return new JsonArray([.. all.Select(p =>
        {
            var (kind, label) = PairingStore.Side(p, userId);
            return new JsonObject
            {
                ["id"] = p.Id,
                ["status"] = p.InviteeId is null ? "invitation" : "paired",
                ["relationshipKind"] = kind,
                ["name"] = label,
                ["createdAtUtc"] = p.CreatedAtUtc,
                ["pairedAtUtc"] = p.AcceptedAtUtc,
                ["myAnswers"] = new JsonArray([.. takes.Where(t => t.PairingId == p.Id).Select(static t => new JsonObject
                {
                    ["assessmentId"] = t.AssessmentId,
                    ["round"] = t.Round,
                    ["resultId"] = t.ResultId,
                })]),
            };
        })]);
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!Confirm)
        {
            return BadRequest();
        }

        // Pairings end first, with the other person's answers in progress for them; then results, answers in progress and
        // anything else go with the account (cascading foreign keys). The other person keeps their own results and nothing
        // of this account's. Identity removes its own rows.
        await pairings.EndAllAsync(user.Id, HttpContext.RequestAborted);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("The account could not be deleted: " + string.Join("; ", deleted.Errors.Select(static e => e.Description)));
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
