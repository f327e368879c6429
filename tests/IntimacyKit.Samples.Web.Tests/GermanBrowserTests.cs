using IntimacyKit.Content;
using IntimacyKit.Serialization;
using Microsoft.Playwright;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// The web host in German, in a real browser: chosen by Accept-Language, by the language switch, and by a signed-in
/// person's setting (which follows them to a browser that asks for English); the quick check taken through to its
/// result, with the German content, the host's own words, no bands from the draft translation, and axe-core clean;
/// problems with numbers in them, Identity's errors and the passkey script's words in German, under the site's CSP.
/// </summary>
public sealed class GermanBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private static readonly ContentCatalog German = DefaultContent.Catalog.WithTranslations(DefaultContent.Translations).ForCulture("de");

    private async Task<IPage> PageAsync(string locale)
    {
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = browser.BaseUrl, Locale = locale, BypassCSP = true, ViewportSize = new() { Width = 1000, Height = 900 } });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task AcceptLanguageGerman_TakesTheQuickCheckInGerman_ToAResultWithoutBands()
    {
        var quick = German.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var page = await PageAsync("de-AT");
        await page.GotoAsync("/");

        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("de");
        (await page.Locator("h1").TextContentAsync()).Should().Be("Erkenne, was dich auf Abstand hält, und übe Nähe");
        await BrowserTests.CheckAccessibleAsync(page, "de-home");
        await page.GetByRole(AriaRole.Link, new() { Name = $"{quick.Title} beginnen ({quick.Items.Length} Aussagen)" }).ClickAsync();
        await page.GetByLabel(German.GetRelationshipKind("friendship").Title).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Beginnen" }).ClickAsync();

        (await page.Locator("#safety-heading").TextContentAsync()).Should().Be("Deine Sicherheit");
        (await page.Locator("fieldset.statement legend").First.TextContentAsync()).Should()
            .Be(German.RenderItemText(quick.Items[0], "friendship"), "the statements are the German ones, worded for a friend");
        await BrowserTests.CheckAccessibleAsync(page, "de-take-safety");
        while (await page.Locator("svg.chart").CountAsync() == 0)
        {
            var statements = page.Locator("fieldset.statement");
            var safety = await page.Locator("#safety-heading").CountAsync() > 0;
            for (var i = 0; i < await statements.CountAsync(); i++)
            {
                await statements.Nth(i).Locator("input[type=radio]:not([value=skip]):not([value=na])").Nth(safety ? 0 : 3).CheckAsync();
            }

            await BrowserTests.MarkAsync(page);
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Weiter|Meine Ergebnisse ansehen)$") }).ClickAsync();
            await BrowserTests.NextPageAsync(page);
        }

        (await page.Locator("h1").TextContentAsync()).Should().Be(quick.Title);
        (await page.Locator("#try-heading").TextContentAsync()).Should().Be("Etwas zum Ausprobieren");
        (await page.Locator("main").TextContentAsync()).Should().Contain("keine Diagnose").And.Contain("In dieser Sprache gibt es keine Einstufungen")
            .And.Contain("Vorgeschlagen wegen „").And.NotContain("Trifft meist");
        (await page.Locator("table.scores thead th").CountAsync()).Should().Be(2, "no band column for a draft translation");
        (await page.Locator("table.scores tbody td").First.TextContentAsync()).Should().MatchRegex(@"^\d,\d\d$", "numbers for people in German");
        await BrowserTests.CheckAccessibleAsync(page, "de-quick-check-result");
    }

    [Fact]
    public async Task TheSwitch_ChangesTheLanguage_AndTheChoiceStays()
    {
        var page = await PageAsync("en-GB");
        await page.GotoAsync("/take/intimacy-quick-check");
        (await page.Locator("legend").First.TextContentAsync()).Should().Be("Who are you thinking about as you answer?");

        await page.Locator("#culture").SelectOptionAsync("de");
        await BrowserTests.MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change language" }).ClickAsync();
        await BrowserTests.NextPageAsync(page);

        page.Url.Should().EndWith("/take/intimacy-quick-check", "the switch comes back to the same page");
        (await page.Locator("legend").First.TextContentAsync()).Should().Be("An wen denkst du beim Antworten?");
        await page.GotoAsync("/");
        (await page.Locator("h1").TextContentAsync()).Should().Be("Erkenne, was dich auf Abstand hält, und übe Nähe", "the choice stays for the next pages");
        await BrowserTests.CheckAccessibleAsync(page, "de-switched");
    }

    [Fact]
    public async Task ASignedInPersonsSetting_FollowsThemToABrowserThatAsksForEnglish()
    {
        var page = await PageAsync("en-US");
        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-mail").FillAsync("sprache@example.test");
        await page.GetByLabel("Password (at least 10 characters)").FillAsync("a long enough password");
        await BrowserTests.MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await BrowserTests.NextPageAsync(page);
        await page.Locator("#culture").SelectOptionAsync("de");
        await BrowserTests.MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change language" }).ClickAsync();
        await BrowserTests.NextPageAsync(page);

        var elsewhere = await PageAsync("en-US");
        await elsewhere.GotoAsync("/account/login");
        await elsewhere.GetByLabel("E-mail").FillAsync("sprache@example.test");
        await elsewhere.GetByLabel("Password").FillAsync("a long enough password");
        await BrowserTests.MarkAsync(elsewhere);
        await elsewhere.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await BrowserTests.NextPageAsync(elsewhere);
        await elsewhere.GotoAsync("/");

        (await elsewhere.Locator("h1").TextContentAsync()).Should().Be("Erkenne, was dich auf Abstand hält, und übe Nähe", "the person's own setting wins over Accept-Language");
        (await elsewhere.Locator("nav a[href='/history']").TextContentAsync()).Should().Be("Meine Ergebnisse");
        await elsewhere.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "de-signed-in.png"), FullPage = true });
    }

    [Fact]
    public async Task Registration_WithAWeakPassword_ShowsIdentitysErrorInGerman()
    {
        var page = await PageAsync("de-DE");
        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-Mail").FillAsync("schwach@example.test");
        await page.GetByLabel("Passwort (mindestens 10 Zeichen)").FillAsync("kurz");
        // As a browser that does not check minlength itself would send it: the server's check is the one that counts.
        await page.EvaluateAsync("() => document.querySelector('main form').noValidate = true");
        await BrowserTests.MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Konto erstellen" }).ClickAsync();
        await BrowserTests.NextPageAsync(page);

        (await page.Locator("main .problems[role=alert]").InnerTextAsync()).Should().Be("Ein Passwort muss mindestens 10 Zeichen lang sein.");
        (await page.GetByLabel("E-Mail").InputValueAsync()).Should().Be("schwach@example.test", "the address stays filled in");
        await BrowserTests.CheckAccessibleAsync(page, "de-register-weak-password");
    }

    [Fact]
    public async Task TakePage_WithAnAnswerItDidNotOffer_SaysSoInGerman()
    {
        var page = await PageAsync("de-AT");
        await page.GotoAsync("/take/intimacy-quick-check?RelationshipKind=friendship");
        var first = page.Locator("fieldset.statement").First.Locator("input[type=radio]").First;
        var name = await first.GetAttributeAsync("name");
        await first.EvaluateAsync("radio => { radio.value = '9'; radio.checked = true; }");
        await BrowserTests.MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Weiter" }).ClickAsync();
        await BrowserTests.NextPageAsync(page);

        var problems = page.Locator("main .problems[role=alert]");
        (await problems.Locator("h2").InnerTextAsync()).Should().Be("Einige Antworten konnten nicht gelesen werden");
        (await problems.Locator("li").InnerTextAsync()).Should().Be($"„{name![2..^1]}“: „9“ ist keine der angebotenen Antworten.");
        await BrowserTests.CheckAccessibleAsync(page, "de-take-problem");
    }

    [Fact]
    public async Task Passkeys_InGerman_UnderTheSitesCsp_SayWhatIsHappeningInGerman()
    {
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = browser.BaseUrl, Locale = "de-DE", BypassCSP = false });
        var page = await context.NewPageAsync();
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
        var errors = new List<string>();
        page.Console += (_, message) => errors.AddRange(message.Type == "error" ? [message.Text] : []);

        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-Mail").FillAsync("passkey-de@example.test");
        await page.GetByLabel("Passwort (mindestens 10 Zeichen)").FillAsync("a long enough password");
        await BrowserTests.MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Konto erstellen" }).ClickAsync();
        await BrowserTests.NextPageAsync(page);
        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Button, new() { Name = "Passkey hinzufügen" }).ClickAsync();
        await page.Locator("#passkey-list li").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Passkey hinzufügen" }).ClickAsync();
        var status = page.Locator("form[data-passkey=add] .passkey-status");
        await Assertions.Expect(status).Not.ToHaveTextAsync("Folge den Hinweisen deines Geräts, um den Passkey zu erstellen.");

        (await status.InnerTextAsync()).Should().Be("Auf diesem Gerät gibt es schon einen Passkey für dieses Konto.", "this device has one already");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "de-passkey-exists.png"), FullPage = true });
        errors.Should().BeEmpty("the site's CSP lets its script run, and nothing it does is refused");
    }
}
