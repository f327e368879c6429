using IntimacyKit.Content;
using IntimacyKit.Serialization;
using Microsoft.Playwright;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// The web host in German, in a real browser: chosen by Accept-Language, by the language switch, and by a signed-in
/// person's setting (which follows them to a browser that asks for English); the quick check taken through to its
/// result, with the German content, the host's own words, no bands from the draft translation, and axe-core clean.
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
            .And.Contain("Vorgeschlagen zu „").And.NotContain("Trifft meist");
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
}
