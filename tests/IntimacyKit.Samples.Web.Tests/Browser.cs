using Microsoft.Playwright;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by eng/test.sh) driven by Playwright, never a downloaded
/// browser, against the app on a real loopback port. Screenshots go to <c>TestResults/screenshots</c>.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public WebAppFactory App { get; } = new(kestrel: true);

    public IBrowser Instance { get; private set; } = null!;

    /// <summary>The app's address as a browser should use it: <c>localhost</c> (WebAuthn refuses an IP address as the site).</summary>
    public string BaseUrl => new UriBuilder(App.Address) { Host = "localhost" }.Uri.ToString();

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: run eng/test.sh, which installs Chromium from Debian packages.");
        }

        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    /// <summary>A fresh page in its own context (its own cookies and history); axe-core may be injected despite the CSP.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Instance.NewContextAsync(new() { BaseURL = BaseUrl, BypassCSP = false, ViewportSize = new() { Width = 1000, Height = 900 } });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Instance.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
