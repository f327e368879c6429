using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// What the web host says in words built in code (problems with numbers in them, Identity's errors, the passkey script's
/// words, charts, support contacts), in German and, unchanged, in English; and every page walked in German with none
/// of the host's English left on it. The JSON API's problem details stay English whatever the request's language.
/// </summary>
[Trait("Database", "Any")]
public sealed class GermanPagesTests : IDisposable
{
    private const string Password = "a long enough password";

    private readonly WebAppFactory _factory = new(kestrel: true, settings: new Dictionary<string, string>
    {
        ["Support:Region"] = "Testland",
        ["Support:Contacts:0:Kind"] = "crisis-line",
        ["Support:Contacts:0:Name"] = "Testtelefon",
        ["Support:Contacts:0:Phone"] = "0000 000",
        ["Support:Contacts:0:Text"] = "0000 001",
        ["Support:Contacts:0:Url"] = "https://example.test/",
        ["Support:Contacts:0:Hours"] = "0-24",
    });

    public void Dispose() => _factory.Dispose();

    /// <summary>A browser of its own that asks for <paramref name="language"/> (its own cookies).</summary>
    private HttpClient Client(string language)
    {
        var client = Person.NewClient(_factory.Address).Client;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password)
        => await client.PostFormAsync(await client.GetPageAsync("/account/register"), "/account/register", [new("Email", email), new("Password", password)]);

    [Theory]
    [InlineData("de-DE", "Ein Passwort muss mindestens 10 Zeichen lang sein.", "Passwords must be")]
    [InlineData("en-GB", "Passwords must be at least 10 characters.", "Passwort")]
    public async Task Registration_WithAWeakPassword_ShowsIdentitysErrorInThePagesLanguage(string language, string says, string never)
    {
        var response = await RegisterAsync(Client(language), "kurz@example.test", "kurz");

        var problems = Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("main .problems")!.TextContent;
        problems.Should().Contain(says).And.NotContain(never);
    }

    [Fact]
    public async Task Registration_WithATakenAddress_AndAWrongPassword_AreRefusedInGerman()
    {
        var first = Client("de-DE");
        (await RegisterAsync(first, "vergeben@example.test", Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var taken = await TextAsync(await RegisterAsync(Client("de-DE"), "vergeben@example.test", Password));
        var changed = await first.PostFormAsync(
            await first.GetPageAsync("/account"),
            "/account?handler=Password",
            [new("CurrentPassword", "not the password"), new("NewPassword", "another long password")],
            "main form[action*=Password]");

        taken.Should().Contain("Die E-Mail-Adresse „vergeben@example.test“ ist schon vergeben.").And.NotContain("already taken");
        (await TextAsync(changed)).Should().Contain("Das Passwort stimmt nicht.").And.NotContain("Incorrect password");
    }

    [Theory]
    [InlineData("de-DE", "Du hast schon 10 offene Einladungen: Zieh eine zurück", "Ein Name darf höchstens 60 Zeichen lang sein.")]
    [InlineData("en-GB", "You have 10 open invitations already: withdraw one", "A name is at most 60 characters.")]
    public async Task InvitationLimits_AreSaidInThePagesLanguage_WhileTheApiStaysEnglish(string language, string limit, string tooLong)
    {
        var person = await Person.SignUpAsync(_factory.Address, $"einladend-{language}@example.test");
        person.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var page = await person.Client.GetPageAsync("/pairs");
        var longName = await person.Client.PostFormAsync(
            page, "/pairs?handler=Invite", [new("Kind", "friendship"), new("Label", new string('x', 61))], "main form[action*=Invite]");
        for (var i = 0; i < 10; i++)
        {
            await person.InviteAsync("friendship");
        }

        var eleventh = await person.Client.PostFormAsync(page, "/pairs?handler=Invite", [new("Kind", "friendship")], "main form[action*=Invite]");
        var api = await person.SendAsync(HttpMethod.Post, "/api/pairings/invitations", new { relationshipKind = "friendship" });

        longName.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Forms.Parse(await longName.Content.ReadAsStringAsync()).QuerySelector("main .problems")!.TextContent.Should().Be(tooLong);
        eleventh.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Forms.Parse(await eleventh.Content.ReadAsStringAsync()).QuerySelector("main .problems")!.TextContent.Should().StartWith(limit);
        (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should()
            .Be("You have 10 open invitations already: withdraw one, or wait until one is accepted or expires.", "the API is for programs: English, whatever the language asked for");
    }

    [Theory]
    [InlineData("a[q-shame]", "9", "„q-shame“: „9“ ist keine der angebotenen Antworten.")]
    [InlineData("a[nope]", "3", "„nope“ ist keine Aussage dieses Checks.")]
    [InlineData("a[q-shame]", "na", "Bei „q-shame“ gibt es „Passt nicht auf meine Situation“ nicht.")]
    [InlineData("Step", "99", "Dieses Formular kam nicht von dieser Seite. Fang bitte noch einmal von vorn an.")]
    public async Task TakeChecks_InGerman(string field, string value, string says)
    {
        var client = Client("de-DE");
        var page = await client.GetPageAsync("/take/intimacy-quick-check?RelationshipKind=sibling");

        var response = await client.PostFormAsync(page, "/take/intimacy-quick-check", [new(field, value), new("Nav", "next")], "main form.answers");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problems = Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("main .problems")!;
        problems.QuerySelector("h2")!.TextContent.Should().Be("Einige Antworten konnten nicht gelesen werden");
        problems.QuerySelector("li")!.TextContent.Should().Be(says);
    }

    [Theory]
    [InlineData("de-DE", "Minuten pro Tag: 1.000 liegt nicht zwischen 5 und 240.", "Übungsplan")]
    [InlineData("en-GB", "Minutes a day: 1,000 is not between 5 and 240.", "Practice plan")]
    public async Task PlanSettingsOutOfRange_AreSaid_WithTheNumberInTheCulturesFormat(string language, string says, string calendar)
    {
        var client = Client(language);
        await Journeys.RegisterAsync(client, $"plan-{language}@example.test");
        var id = (await Journeys.TakeAsync(client, "intimacy-quick-check", "friendship", Safety.Lowest, "5")).Headers.Location!.ToString().Split('/')[^1];

        var page = await client.GetPageAsync($"/plan/{id}?weeks=2&days=3&minutes=1000");

        page.QuerySelector("main .problems li")!.TextContent.Should().Be(says);
        (await client.GetStringAsync($"/api/results/{id}/plan.ics")).Should().Contain($"X-WR-CALNAME:{calendar}", "the calendar file is for the person");
    }

    [Theory]
    [InlineData("de-DE", "Folge den Hinweisen deines Geräts, um dich anzumelden.", "Der Passkey wurde nicht verwendet.", "Der Passkey hat nicht funktioniert.")]
    [InlineData("en-GB", "Follow your device's prompt to sign in.", "The passkey was not used.", "The passkey did not work.")]
    public async Task ThePasskeyScriptsWords_ComeFromThePage_InItsLanguage(string language, string prompt, string notUsed, string failed)
    {
        var client = Client(language);
        var signIn = (await client.GetPageAsync("/account/login")).QuerySelector("form[data-passkey=sign-in]")!;
        await Journeys.RegisterAsync(client, $"passkey-{language}@example.test");
        var add = (await client.GetPageAsync("/account")).QuerySelector("form[data-passkey=add]")!;
        var refused = await client.PostAsync("/account/passkey/request-options", new StringContent("{}"));

        signIn.GetAttribute("data-passkey-prompt").Should().Be(prompt);
        signIn.GetAttribute("data-passkey-not-used").Should().Be(notUsed);
        signIn.GetAttribute("data-passkey-failed").Should().Be(failed);
        add.GetAttribute("data-passkey-prompt").Should().NotBeNullOrEmpty().And.NotBe(prompt, "adding a passkey has its own prompt");
        add.GetAttribute("data-passkey-exists").Should().NotBeNullOrEmpty();
        add.GetAttribute("data-passkey-failed").Should().Be(failed);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, "no antiforgery header");
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        detail.Should().Be(language == "de-DE"
            ? "Die Anfrage ließ sich nicht prüfen. Lade die Seite neu und versuch es noch einmal."
            : "The request could not be checked; reload the page and try again.", "the script shows this to the person");
        var script = await client.GetStringAsync("/js/site.js");
        script.Should().NotContain("Follow your device").And.NotContain("The passkey", "the script's words come from the page");
    }

    [Theory]
    [InlineData("de-DE", "Testtelefon: Telefon 0000 000, SMS an 0000 001, https://example.test/ (0-24)")]
    [InlineData("en-GB", "Testtelefon: call 0000 000, text 0000 001, https://example.test/ (0-24)")]
    public async Task SupportContacts_AreSaidInThePagesLanguage(string language, string line)
    {
        var page = await Client(language).GetPageAsync("/support");

        page.QuerySelectorAll("ul.resources li li").Select(static li => li.TextContent.Trim()).Should().Contain(line);
    }

    [Fact]
    public async Task EveryPage_InGerman_HasNoneOfTheHostsEnglish()
    {
        var texts = new List<(string Page, string Text)>();
        var client = Client("de-DE");
        async Task Visit(string url, HttpStatusCode status = HttpStatusCode.OK)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(status, url);
            texts.Add((url, Visible(Forms.Parse(await response.Content.ReadAsStringAsync()))));
        }

        async Task Keep(HttpResponseMessage response, string name) => texts.Add((name, Visible(Forms.Parse(await response.Content.ReadAsStringAsync()))));

        foreach (var url in new[] { "/", "/take/intimacy-quick-check", "/take/intimacy-quick-check?RelationshipKind=sibling", "/support", "/exit",
            "/exercises/their-week", "/account/login", "/account/register", "/account/confirm?userId=x&code=y" })
        {
            await Visit(url);
        }

        await Visit("/results/" + Guid.NewGuid(), HttpStatusCode.Redirect);
        await Visit("/status/404", HttpStatusCode.OK);
        await Visit("/status/429", HttpStatusCode.OK);
        await Visit("/status/400", HttpStatusCode.OK);
        await Visit("/error");
        await Keep(await Journeys.TakeAsync(client, "intimacy-quick-check", "sibling", Safety.Highest, "4"), "anonymous result with support first");
        var safetyScreen = await client.GetPageAsync("/take/intimacy-quick-check?RelationshipKind=romantic");
        var safety = safetyScreen.QuerySelectorAll("main form.answers input[type=radio]").OfType<IHtmlInputElement>()
            .Where(static r => int.TryParse(r.Value, out _)).GroupBy(static r => r.Name!).Select(static g => new KeyValuePair<string, string>(g.Key, g.Last().Value));
        await Keep(await client.PostFormAsync(safetyScreen, "/take/intimacy-quick-check", [.. safety, new("Nav", "next")], "main form.answers"), "safety screen's support");

        await SignedInPagesAsync(texts);

        // For reading: every German page as a person reads it.
        var dump = Path.Combine(Browser.Screenshots, "german-pages.txt");
        Directory.CreateDirectory(Browser.Screenshots);
        await File.WriteAllLinesAsync(dump, texts.Select(static t => $"== {t.Page}\n{t.Text}\n"));
        var english = EnglishOfTheHost();
        english.Should().Contain("You have answered this round already; the comparison opens when the other person has answered too", "the check reads the resources");
        foreach (var (page, text) in texts)
        {
            english.Where(e => text.Contains(e, StringComparison.Ordinal)).Should().BeEmpty($"{page} in German should have none of the host's English");
            text.Should().NotContain(" the ").And.NotContain(" you ").And.NotContain(" and ", $"{page} in German");
        }

    }

    /// <summary>The account, history with a trend, a result, a plan, and a pairing with its report, all in German.</summary>
    private async Task SignedInPagesAsync(List<(string Page, string Text)> texts)
    {
        var first = await Person.SignUpAsync(_factory.Address, "erste@example.test");
        var second = await Person.SignUpAsync(_factory.Address, "zweite@example.test");
        first.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        second.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        async Task Visit(Person person, string url)
        {
            var response = await person.Client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            texts.Add((url, Visible(Forms.Parse(await response.Content.ReadAsStringAsync()))));
        }

        var resultId = "";
        for (var i = 0; i < 2; i++)
        {
            resultId = (await Journeys.TakeAsync(first.Client, "intimacy-quick-check", "friendship", Safety.Lowest, i == 0 ? "4" : "2")).Headers.Location!
                .ToString().Split('/')[^1];
        }

        var listening = (await Journeys.TakeAsync(first.Client, Person.Listening, "friendship", Safety.Lowest, "2")).Headers.Location!.ToString();
        var code = await first.InviteAsync("sibling");
        var pairing = await second.AcceptAsync(code);
        await first.InviteAsync("friendship");
        (await first.AnswerAsync(pairing, Safety.Lowest, 2, 4)).StatusCode.Should().Be(HttpStatusCode.Created);
        await Visit(first, $"/pairs/{pairing}");
        (await second.AnswerAsync(pairing, Safety.Lowest, 3, 1)).StatusCode.Should().Be(HttpStatusCode.Created);
        foreach (var url in new[] { "/account", "/history", $"/results/{resultId}", listening, $"/plan/{resultId}", "/pairs", $"/pairs/{pairing}", "/pairs/accept",
            $"/pairs/accept?code={await second.InviteAsync("friendship")}" })
        {
            await Visit(first, url);
        }

        texts.Last().Text.Should().Contain("deine gute Freundin / dein guter Freund", "who invited them, in German");
        texts.Last(t => t.Page == $"/pairs/{pairing}").Text.Should().Contain("Wer diese Person für dich ist: dein Bruder / deine Schwester.")
            .And.Contain("Du und die andere Person: euer Vergleich");
        await Visit(second, $"/pairs/{pairing}");
        texts.Single(static t => t.Page == "/history").Text.Should().Contain("im Lauf der Zeit", "the history has a trend chart");
        texts.Last().Text.Should().Contain("über dich: Du hast „", "the report is open for both");
    }

    /// <summary>
    /// What a person can read or hear on a page: its text (SVG titles and descriptions among it), labels, and the script's
    /// words; without the sentences the library writes itself into a progress or pair report, which are the library's to
    /// translate (src/IntimacyKit), and still English.
    /// </summary>
    private static string Visible(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        foreach (var element in page.QuerySelectorAll(
            "script, .progress-report li, .progress-report p.note, .comparison ul.pair-sentences:first-of-type, .comparison section.support.concern > p").ToList())
        {
            element.Remove();
        }

        var attributes = page.All.SelectMany(static e => e.Attributes)
            .Where(static a => a.Name is "aria-label" or "title" or "placeholder" || a.Name.StartsWith("data-passkey-", StringComparison.Ordinal))
            .Select(static a => a.Value);
        return string.Join('\n', [page.Title ?? string.Empty, page.DocumentElement.TextContent, .. attributes]);
    }

    /// <summary>
    /// The host's English words that German says otherwise: every run of words between placeholders of a resource whose
    /// German differs, long enough (three words or more) not to be a name or a word both languages share.
    /// </summary>
    private static List<string> EnglishOfTheHost()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IntimacyKit.sln")))
        {
            folder = folder.Parent;
        }

        var resources = Path.Combine(folder!.FullName, "samples", "IntimacyKit.Samples.Web", "Resources");
        static Dictionary<string, string> Read(string path) => XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(static d => (string)d.Attribute("name")!, static d => (string)d.Element("value")!);
        var english = Read(Path.Combine(resources, "SharedResource.resx"));
        var german = Read(Path.Combine(resources, "SharedResource.de.resx"));
        return [.. english.Where(e => german[e.Key] != e.Value)
            .SelectMany(static e => System.Text.RegularExpressions.Regex.Split(e.Value, @"\{\d+(?::[^}]*)?\}"))
            .Select(static part => part.Trim(' ', ',', ':', ';', '(', ')', '.'))
            .Where(static part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            .Distinct()];
    }
}
