using Microsoft.Playwright;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// Two people, two browsers (contexts with their own cookies) in Chromium: an invitation made, accepted from its link,
/// both answer on their own, and the reveal, each page checked with axe-core and kept as a screenshot.
/// </summary>
public sealed class PairingBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task InviteAcceptAnswerAndReveal_InTwoBrowsers_EachPageAccessible()
    {
        var alex = await SignedInAsync("alex@example.test");
        var sam = await SignedInAsync("sam@example.test");

        await alex.GotoAsync("/pairs");
        await alex.GetByLabel("Romantic partner").CheckAsync();
        await alex.GetByLabel("A name for them, if you like (only you see it)").FillAsync("Sam");
        await BrowserTests.MarkAsync(alex);
        await alex.GetByRole(AriaRole.Button, new() { Name = "Make an invitation" }).ClickAsync();
        await BrowserTests.NextPageAsync(alex);
        var link = new Uri(await alex.Locator(".link-text").TextContentAsync() ?? string.Empty).PathAndQuery;
        await BrowserTests.CheckAccessibleAsync(alex, "pairs-invitation");

        await sam.GotoAsync(link);
        await BrowserTests.CheckAccessibleAsync(sam, "pairs-accept");
        await sam.GetByLabel("A name for them, if you like (only you see it)").FillAsync("Alex");
        await BrowserTests.MarkAsync(sam);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await BrowserTests.NextPageAsync(sam);
        sam.Url.Should().MatchRegex("/pairs/[0-9a-f-]{36}$");
        var pairing = new Uri(sam.Url).AbsolutePath;

        await AnswerAsync(alex, pairing, choice: 1);
        (await alex.Locator("main").TextContentAsync()).Should().Contain("You have answered");
        await BrowserTests.CheckAccessibleAsync(alex, "pair-waiting");

        await AnswerAsync(sam, pairing, choice: 3);
        (await sam.Locator("svg.chart").CountAsync()).Should().Be(1, "both have answered, so the comparison opens");
        await BrowserTests.CheckAccessibleAsync(sam, "pair-reveal");
        await alex.ReloadAsync();
        (await alex.Locator("main").TextContentAsync()).Should().Contain("What you both said").And.Contain("Full attention, about you: you answered “Rarely”, Sam answered “Often”.");
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = browser.BaseUrl, BypassCSP = true, ViewportSize = new() { Width = 1000, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password (at least 10 characters)").FillAsync("a long enough password");
        await BrowserTests.MarkAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await BrowserTests.NextPageAsync(page);
        return page;
    }

    /// <summary>From the pairing's page: Answer now, the lowest answer to each safety statement, the n-th to the rest, Finish.</summary>
    private static async Task AnswerAsync(IPage page, string pairing, int choice)
    {
        await page.GotoAsync(pairing);
        await BrowserTests.MarkAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Answer now" }).ClickAsync();
        await BrowserTests.NextPageAsync(page);
        while (await page.Locator("fieldset.statement").CountAsync() > 0)
        {
            var safety = await page.Locator("#safety-heading").CountAsync() > 0;
            var statements = page.Locator("fieldset.statement");
            for (var i = 0; i < await statements.CountAsync(); i++)
            {
                await statements.Nth(i).Locator("input[type=radio]:not([value=skip]):not([value=na])").Nth(safety ? 0 : choice).CheckAsync();
            }

            await BrowserTests.MarkAsync(page);
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Next|Finish)$") }).ClickAsync();
            await BrowserTests.NextPageAsync(page);
        }
    }
}
