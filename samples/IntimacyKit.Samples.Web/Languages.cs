using System.Globalization;
using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntimacyKit.Samples.Web;

/// <summary>
/// The web host's languages. A request's culture is the signed-in person's setting (a claim, set with the language
/// switch), else the switch's cookie, else <c>Accept-Language</c>, else English; content comes per request from the
/// translation that fits it (per pack, by BCP 47 truncation), and the host's words from its resources.
/// </summary>
public static class Languages
{
    /// <summary>The claim that holds a signed-in person's chosen culture.</summary>
    public const string ClaimType = "intimacykit:culture";

    /// <summary>The cultures offered, with their names in their own language.</summary>
    public static IReadOnlyList<(string Culture, string Name)> Offered { get; } = [("en", "English"), ("de", "Deutsch")];

    /// <summary>Content and the scoring pipeline in the request's culture, for every page and API that asks for them.</summary>
    public static IServiceCollection AddLanguages(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Replace(ServiceDescriptor.Scoped(static provider => provider.GetRequiredService<LocalizedContent>().Catalog(Current)));
        services.Replace(ServiceDescriptor.Scoped(static provider => provider.GetRequiredService<LocalizedContent>().Pipeline(Current)));
        return services;
    }

    /// <summary>Picks each request's culture: the person's setting, the switch's cookie, Accept-Language, English.</summary>
    public static IApplicationBuilder UseLanguages(this IApplicationBuilder app)
    {
        string[] cultures = [.. Offered.Select(static o => o.Culture)];
        var options = new RequestLocalizationOptions().SetDefaultCulture("en").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(static context => Task.FromResult(
                context.User.FindFirstValue(ClaimType) is { Length: > 0 } culture ? new ProviderCultureResult(culture) : null)),
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return app.UseRequestLocalization(options);
    }

    /// <summary>POST /language: the switch. Sets the cookie, and for a signed-in person the setting that follows them to every device.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        // The antiforgery token is checked here, explicitly: a form posted from another site changes nothing.
        endpoints.MapPost("/language", static async (
            HttpContext context,
            IAntiforgery antiforgery,
            UserManager<IdentityUser> users,
            SignInManager<IdentityUser> signIn) =>
        {
            if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var form = await context.Request.ReadFormAsync();
            var culture = form["culture"].ToString();
            var back = form["returnUrl"].ToString();
            if (Offered.FirstOrDefault(o => string.Equals(o.Culture, culture, StringComparison.OrdinalIgnoreCase)).Culture is not { } chosen)
            {
                return Results.BadRequest();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
            if (await users.GetUserAsync(context.User) is { } user)
            {
                foreach (var old in (await users.GetClaimsAsync(user)).Where(static c => c.Type == ClaimType))
                {
                    await users.RemoveClaimAsync(user, old);
                }

                await users.AddClaimAsync(user, new Claim(ClaimType, chosen));
                await signIn.RefreshSignInAsync(user);
            }

            var local = back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal);
            return Results.LocalRedirect(local ? back : "/");
        });
        return endpoints;
    }

    private static string Current => CultureInfo.CurrentUICulture.Name is { Length: > 0 } name && CultureName.IsValid(name) ? name : "en";
}
