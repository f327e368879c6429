using System.Threading.RateLimiting;
using IntimacyKit.Samples.Web;
using IntimacyKit.Samples.Web.Api;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Samples.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// IntimacyKit: the default pack, any packs named in configuration, and the region's real support contacts.
builder.Services.AddIntimacyKit(kit => kit.AddConfiguredContent(builder.Configuration).AddDefaultTranslations());
builder.Services.AddLanguages();

builder.Services.AddAppDatabase(builder.Configuration);
builder.Services.AddScoped<ResultStore>();
builder.Services.AddScoped<PairingStore>();
builder.Services.AddScoped<IntimacyKit.Samples.Web.Taking.SafetyStanding>();
builder.Services.AddScoped<DraftStore>();
builder.Services.TryAddSingleton(TimeProvider.System);
var dataProtection = builder.Services.AddDataProtection().SetApplicationName("IntimacyKit.Samples.Web").PersistKeysToDbContext<AppDbContext>();
if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
{
    // Keys at rest: without this they sit in the database in plain XML, and whoever reads the database (or a backup)
    // could forge a sign-in cookie. With a certificate (the same on every instance) they are encrypted to it.
    dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
        certificate, builder.Configuration["DataProtection:CertificatePassword"]));
}

builder.Services.AddIdentity<IdentityUser, IdentityRole>(options =>
    {
        options.Stores.SchemaVersion = IdentitySchemaVersions.Version3; // passkeys
        options.SignIn.RequireConfirmedAccount = false;
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 10;
        // Length over composition (NIST SP 800-63B): at least 10 characters, no forced digits or capitals.
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireDigit = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(10);
    })
    .AddEntityFrameworkStores<AppDbContext>()
    .AddDefaultTokenProviders()
    .AddErrorDescriber<LocalizedIdentityErrorDescriber>(); // Identity's errors in the person's language
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/account/login";
    options.LogoutPath = "/account/logout";
    options.AccessDeniedPath = "/account/login";
    options.Cookie.Name = "ik.session";
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    // The API answers 401 and 403 instead of redirecting to the sign-in page.
    options.Events.OnRedirectToLogin = context => Api.Redirect(context, StatusCodes.Status401Unauthorized);
    options.Events.OnRedirectToAccessDenied = context => Api.Redirect(context, StatusCodes.Status403Forbidden);
});
builder.Services.AddTransient<IEmailSender<IdentityUser>, LoggedEmailSender>();

builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizePage("/History");
    options.Conventions.AuthorizePage("/Results");
    options.Conventions.AuthorizePage("/Plan");
    options.Conventions.AuthorizePage("/Account/Index");
    options.Conventions.AuthorizeFolder("/Pairs");
});
builder.Services.AddProblemDetails();
// Pages keep their letters and quotation marks as they are (“Often”, and the words of other languages) rather than as
// numeric entities; markup characters are still encoded.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
    options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
// A body that is not JSON is a 400 ProblemDetails in every environment, never a developer page with a stack trace.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>();
builder.Services.AddAntiforgery(options => options.HeaderName = "RequestVerificationToken");
var accountsPerMinute = builder.Configuration.GetValue("RateLimits:AccountsPerMinute", 10);
var submissionsPerMinute = builder.Configuration.GetValue("RateLimits:SubmissionsPerMinute", 60);
var codesPerMinute = builder.Configuration.GetValue("RateLimits:CodesPerMinute", 10);
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    // Attempts are limited, not visits: reading the sign-in or registration page costs nothing.
    options.AddPolicy(RateLimits.Accounts, context => HttpMethods.IsGet(context.Request.Method)
        ? RateLimitPartition.GetNoLimiter("reading")
        : RateLimits.PerMinute(context.Connection.RemoteIpAddress?.ToString(), accountsPerMinute));
    // Invitation codes: every look-up counts, reading the page included (it says whether a code is open), per person and
    // per address, so that codes cannot be found by trying many.
    options.AddPolicy(RateLimits.Codes, context =>
        RateLimits.PerMinute($"{context.User.Identity?.Name}|{context.Connection.RemoteIpAddress}", codesPerMinute));
    options.AddPolicy(RateLimits.Submissions, context =>
        RateLimits.PerMinute(context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString(), submissionsPerMinute));
});
builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = 256 * 1024);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

// Browsers get a page with the site's layout (and its quick exit) for an error status; the API gets ProblemDetails.
app.UseStatusCodePages();
app.UseWhen(
    static context => !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/account/passkey"),
    static branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
if (app.Configuration.GetValue("ForwardedHeaders:Enabled", false))
{
    // Behind a TLS-terminating proxy: the client's address (for rate limits) and scheme come from the proxy's headers.
    app.UseForwardedHeaders(new ForwardedHeadersOptions
    {
        ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
            | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
    });
}

app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
// Authentication first, so that limits counted per person see who is signed in.
app.UseAuthentication();
app.UseLanguages();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
app.MapIntimacyKitApi();
app.MapPairingApi();
app.MapPasskeys();
app.MapLanguageSwitch();
app.MapHealthChecks("/healthz");
if (app.Environment.IsDevelopment())
{
    app.MapOpenApi();
    app.MapScalarApiReference();
}

await DatabaseStartup.MigrateAsync(app.Services);
// The first instance to start makes the data-protection key (kept in the database) before it answers anything, so the
// instances started after it read that key, and a cookie issued by any of them is accepted by all.
app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("IntimacyKit.Startup").Protect([1]);
if (app.Services.GetRequiredService<IntimacyKit.Support.SupportDirectory>().IsEmpty)
{
    // Never invented: without the host's contacts, people see kinds of help only. Say so where the operator looks.
    StartupLog.NoSupportContacts(app.Logger);
}

await app.RunAsync();

/// <summary>The entry point, visible to the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
