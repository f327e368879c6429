using System.Text.Json;
using Microsoft.Playwright;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>What a person does in a real browser: the quick check by mouse and by keyboard, quick exit, accessibility.</summary>
public sealed class BrowserTests(Browser browser) : IClassFixture<Browser>
{
    private static readonly string Axe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vendor", "axe-core", "axe.min.js"));

    [Fact]
    public async Task QuickCheck_ByMouse_SafetyFirst_ThenAChartAndExercises()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Take the Intimacy quick check") }).ClickAsync();
        await page.GetByLabel("Brother or sister").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin" }).ClickAsync();

        (await page.Locator("#safety-heading").TextContentAsync()).Should().Be("Your safety", "the safety statements come first");
        await AnswerEveryScreenAsync(page, safetyChoice: 0, otherChoice: 3);

        await page.Locator("svg.chart").WaitForAsync();
        (await page.Locator("h2#try-heading").CountAsync()).Should().Be(1);
        (await page.Locator("#support-heading").CountAsync()).Should().Be(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "quick-check-result.png"), FullPage = true });
    }

    [Fact]
    public async Task Profile_EveryScreen_ToAResultWithItsChart()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/take/intimacy-profile?RelationshipKind=child-parent");
        (await page.Locator("#safety-heading").CountAsync()).Should().Be(1, "the profile opens with its safety screen too");

        await AnswerEveryScreenAsync(page, safetyChoice: 0, otherChoice: 1);

        (await page.Locator("table.scores tbody tr").CountAsync()).Should().Be(16, "the profile has sixteen scales");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "profile-result.png"), FullPage = true });
    }

    [Fact]
    public async Task QuickCheck_ByKeyboardOnly_ReachesTheResult()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/take/intimacy-quick-check?RelationshipKind=friendship");
        while (await page.Locator("svg.chart").CountAsync() == 0)
        {
            var groups = await page.Locator("fieldset.statement").CountAsync();
            // Tab to the first answer, then for each statement: Space picks the focused answer, Tab moves to the next.
            for (var guard = 0; guard < 30 && !await page.EvaluateAsync<bool>("() => document.activeElement?.type === 'radio'"); guard++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            for (var g = 0; g < groups; g++)
            {
                await page.Keyboard.PressAsync("Space");
                await page.Keyboard.PressAsync("Tab");
            }

            (await page.EvaluateAsync<string>("() => document.activeElement?.textContent?.trim() ?? ''")).Should().MatchRegex("^(Next|See my results)$");
            await MarkAsync(page);
            await page.Keyboard.PressAsync("Enter");
            await NextPageAsync(page);
        }

        (await page.Locator("table.scores tbody tr").CountAsync()).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task QuickExit_EscapeTwice_LeavesForANeutralPage_AndBackDoesNotReturn()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Take the Intimacy quick check") }).ClickAsync();
        await page.GetByLabel("Romantic partner").CheckAsync();
        await MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin" }).ClickAsync();
        await NextPageAsync(page);
        await page.Locator("fieldset.statement").First.Locator("input[type=radio]").Last.CheckAsync();
        await MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await NextPageAsync(page);
        (await page.EvaluateAsync<int>("() => history.length")).Should().Be(2, "the check's pages replaced each other: the blank tab, then this page");

        // As a person would: the page has moved focus to its content before they press a key.
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main'");
        await ExitAsync(page, async () =>
        {
            await page.Keyboard.PressAsync("Escape");
            await page.Keyboard.PressAsync("Escape");
        });
        (await page.TitleAsync()).Should().Be("Simple tomato soup");

        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        page.Url.Should().Be("about:blank", "no page of the site is left in the back history, only what came before it");
    }

    [Fact]
    public async Task QuickExit_WhileTheNextPageLoads_StillLeaves()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/take/intimacy-quick-check?RelationshipKind=sibling");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await ExitAsync(page, () => page.Locator("#quick-exit").ClickAsync());
        await Task.Delay(500);
        page.Url.Should().EndWith("/exit", "a page that finishes loading after the exit is never shown");
    }

    [Fact]
    public async Task PersonAtRisk_SeesSupportFirst_InTheBrowser()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/take/intimacy-quick-check?RelationshipKind=romantic");
        await AnswerEveryScreenAsync(page, safetyChoice: -1, otherChoice: 3);

        var support = await page.Locator("#support-heading").BoundingBoxAsync();
        var title = await page.Locator("main h1").BoundingBoxAsync();
        support!.Y.Should().BeLessThan(title!.Y, "support is above everything else");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "quick-check-support-first.png"), FullPage = true });
    }

    [Fact]
    public async Task Account_Journey_ResultPlanCalendarHistoryExportAndDelete_EachPageAccessible()
    {
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = browser.BaseUrl, BypassCSP = true, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-mail").FillAsync("journey@example.test");
        await page.GetByLabel("Password (at least 10 characters)").FillAsync("a long enough password");
        await MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await NextPageAsync(page);

        await page.GotoAsync("/take/intimacy-quick-check?RelationshipKind=friendship");
        await AnswerEveryScreenAsync(page, safetyChoice: 0, otherChoice: 3);
        page.Url.Should().MatchRegex("/results/[0-9a-f-]{36}$", "a signed-in person's result is saved and shown at its own address");
        await CheckAccessibleAsync(page, "result");

        await MarkAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Build a practice plan from this result" }).ClickAsync();
        await NextPageAsync(page);
        await page.GetByLabel("Weeks").FillAsync("2");
        await MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Build the plan" }).ClickAsync();
        await NextPageAsync(page);
        (await page.Locator("h2#week-2").CountAsync()).Should().Be(1);
        await CheckAccessibleAsync(page, "plan");
        var ics = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { NameRegex = new("calendar") }).ClickAsync());
        var calendar = await File.ReadAllTextAsync((await ics.PathAsync())!);
        calendar.Should().StartWith("BEGIN:VCALENDAR").And.Contain("BEGIN:VEVENT").And.Contain("END:VCALENDAR");

        await page.GotoAsync("/history");
        (await page.Locator("table.history tbody tr").CountAsync()).Should().Be(1);
        await CheckAccessibleAsync(page, "history");

        await page.GotoAsync("/account");
        await CheckAccessibleAsync(page, "account");
        var export = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export my data" }).ClickAsync());
        var data = JsonDocument.Parse(await File.ReadAllTextAsync((await export.PathAsync())!)).RootElement;
        data.GetProperty("results").GetArrayLength().Should().Be(1);

        await page.GetByLabel("I understand that this cannot be undone").CheckAsync();
        await MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and all my data" }).ClickAsync();
        await NextPageAsync(page);
        (await page.Locator("a[href='/account/login']").CountAsync()).Should().Be(1, "the person is signed out");
        await using var db = browser.App.Db();
        db.Users.Count(static u => u.Email == "journey@example.test").Should().Be(0);
        db.Results.Count().Should().Be(0, "the database holds nothing of the account afterwards");
    }

    [Fact]
    public async Task Passkey_AddedToAnAccount_SignsTheOwnerInWithoutAPassword()
    {
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = browser.BaseUrl });
        var page = await context.NewPageAsync();
        // Chromium's virtual authenticator stands in for the device's screen lock or a security key.
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });

        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-mail").FillAsync("passkey@example.test");
        await page.GetByLabel("Password (at least 10 characters)").FillAsync("a long enough password");
        await MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await NextPageAsync(page);

        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await page.Locator("#passkey-list li").WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.Locator("a[href='/account/login']").First.WaitForAsync();
        await page.GotoAsync("/account/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await page.Locator("a[href='/history']").WaitForAsync();
        (await page.Locator("a[href='/account/login']").CountAsync()).Should().Be(0, "the passkey signed the person in");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "signed-in-with-passkey.png"), FullPage = true });
    }

    internal static async Task CheckAccessibleAsync(IPage page, string name)
    {
        await page.AddScriptTagAsync(new() { Content = Axe });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help)");
        violations.EnumerateArray().Select(static v => v.GetString()).Should().BeEmpty($"the {name} page should pass axe-core's serious and critical rules");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, name + ".png"), FullPage = true });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/take/intimacy-quick-check")]
    [InlineData("/take/intimacy-quick-check?RelationshipKind=sibling")]
    [InlineData("/account/register")]
    [InlineData("/account/login")]
    [InlineData("/exercises/their-week")]
    [InlineData("/support")]
    public async Task EveryPage_HasNoSeriousAccessibilityViolation(string path)
    {
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = browser.BaseUrl, BypassCSP = true });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        response!.Ok.Should().BeTrue(path);
        await page.AddScriptTagAsync(new() { Content = Axe });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help + ' (' " +
            "+ v.nodes.length + ')')");
        violations.EnumerateArray().Select(static v => v.GetString()).Should().BeEmpty($"{path} should pass axe-core's serious and critical rules");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, ScreenshotName(path)), FullPage = true });
    }

    /// <summary>
    /// Does what should leave the site, then waits until the tab holds the neutral page (its address, then its title).
    /// The wait starts before the action: a quick exit is quick, and on a busy machine the navigation can be over before
    /// a wait started afterwards would see it.
    /// </summary>
    private static async Task ExitAsync(IPage page, Func<Task> action)
    {
        var exited = page.WaitForURLAsync("**/exit", new() { WaitUntil = WaitUntilState.Commit });
        await action();
        await exited;
        await page.WaitForFunctionAsync("() => document.title === 'Simple tomato soup'");
    }

    /// <summary>Marks the page shown now, so that <see cref="NextPageAsync"/> can tell when the next one has replaced it.</summary>
    internal static async Task MarkAsync(IPage page) => await page.EvaluateAsync("() => document.querySelector('main').setAttribute('data-old', '')");

    /// <summary>Waits until the page that replaces the marked one is complete (forms replace the page in place).</summary>
    internal static async Task NextPageAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => document.readyState === 'complete' && !!document.querySelector('html[data-enhanced] main') && !document.querySelector('main[data-old]')");

    private static string ScreenshotName(string path) => (path == "/" ? "home" : path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-')) + ".png";

    /// <summary>Answers each screen (the n-th answer of every statement; -1 the last) and moves on until the result shows.</summary>
    private static async Task AnswerEveryScreenAsync(IPage page, int safetyChoice, int otherChoice)
    {
        while (await page.Locator("svg.chart").CountAsync() == 0 && await page.Locator("#support-heading").CountAsync() == 0)
        {
            var safety = await page.Locator("#safety-heading").CountAsync() > 0;
            var choice = safety ? safetyChoice : otherChoice;
            var statements = page.Locator("fieldset.statement");
            for (var i = 0; i < await statements.CountAsync(); i++)
            {
                var numbers = statements.Nth(i).Locator("input[type=radio]:not([value=skip]):not([value=na])");
                var count = await numbers.CountAsync();
                await numbers.Nth(choice < 0 ? count - 1 : Math.Min(choice, count - 1)).CheckAsync();
            }

            var next = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Next|See my results)$") });
            await MarkAsync(page);
            await next.ClickAsync();
            await NextPageAsync(page);
        }
    }
}
