using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace IntimacyKit.Samples.Web.Api;

/// <summary>
/// Passkeys (WebAuthn, through .NET 10 Identity): the options for the browser's <c>navigator.credentials</c> calls,
/// and the credential it returns, for adding a passkey to a signed-in account and for signing in with one. Every call
/// needs the antiforgery header; the pages' script (site.js) makes them, and shows a refusal's <c>detail</c> to the person,
/// so it is in their language (unlike the JSON API's problem details, which are for programs).
/// </summary>
internal static class PasskeyEndpoints
{
    private const string Unchecked = "The request could not be checked; reload the page and try again.";

    public static void MapPasskeys(this IEndpointRouteBuilder app)
    {
        var passkeys = app.MapGroup("/account/passkey").DisableAntiforgery().RequireRateLimiting(RateLimits.Accounts);
        passkeys.MapPost("/creation-options", CreationOptionsAsync).RequireAuthorization();
        passkeys.MapPost("/add", AddAsync).RequireAuthorization();
        passkeys.MapPost("/request-options", RequestOptionsAsync);
        passkeys.MapPost("/sign-in", SignInAsync);
    }

    private static async Task<IResult> CreationOptionsAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        UserManager<IdentityUser> users,
        SignInManager<IdentityUser> signIn,
        IStringLocalizer<SharedResource> words)
    {
        if (!await antiforgery.IsRequestValidAsync(context) || await users.GetUserAsync(context.User) is not { } user)
        {
            return Refused(words[Unchecked]);
        }

        var name = user.Email ?? user.UserName ?? user.Id;
        var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id, Name = name, DisplayName = name });
        return Results.Text(options, "application/json");
    }

    private static async Task<IResult> AddAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        UserManager<IdentityUser> users,
        SignInManager<IdentityUser> signIn,
        IStringLocalizer<SharedResource> words)
    {
        if (!await antiforgery.IsRequestValidAsync(context) || await users.GetUserAsync(context.User) is not { } user)
        {
            return Refused(words[Unchecked]);
        }

        var attestation = await signIn.PerformPasskeyAttestationAsync(await ReadAsync(context));
        if (!attestation.Succeeded)
        {
            // Identity's reason is for developers, in English: kept apart from the words for the person.
            return Refused(words["The passkey could not be added."], attestation.Failure?.Message);
        }

        var added = await users.AddOrUpdatePasskeyAsync(user, attestation.Passkey);
        return added.Succeeded ? Results.NoContent() : Refused(words["The passkey could not be saved."]);
    }

    private static async Task<IResult> RequestOptionsAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn, IStringLocalizer<SharedResource> words)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Refused(words[Unchecked]);
        }

        return Results.Text(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn, IStringLocalizer<SharedResource> words)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Refused(words[Unchecked]);
        }

        var result = await signIn.PasskeySignInAsync(await ReadAsync(context));
        if (result.Succeeded)
        {
            return Results.NoContent();
        }

        return Refused(result.IsLockedOut ? words["This account is locked for a few minutes."] : words["That passkey did not sign you in."]);
    }

    private static async Task<string> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        return await reader.ReadToEndAsync(context.RequestAborted);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Refused(string detail, string? reason = null) => TypedResults.Problem(
        detail,
        statusCode: StatusCodes.Status400BadRequest,
        title: "Passkey",
        extensions: reason is null ? null : new Dictionary<string, object?> { ["reason"] = reason });
}
