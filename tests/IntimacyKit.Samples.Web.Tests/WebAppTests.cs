using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntimacyKit.Samples.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>The web sample end to end over HTTP on a real Kestrel port: pages, safety, accounts, privacy between accounts, the API.</summary>
[Trait("Database", "Any")]
public sealed class WebAppTests : IDisposable
{
    private readonly WebAppFactory _factory = new(kestrel: true);

    public void Dispose() => _factory.Dispose();

    /// <summary>A client of its own (its own cookies), as one browser would be, talking to the real port.</summary>
    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = _factory.Address,
    };

    [Fact]
    public async Task Start_MigratesTheDatabase_InWalModeOnSqlite_AndReportsHealthy()
    {
        var client = Client();

        (await client.GetStringAsync("/healthz")).Should().Be("Healthy");
        await using var db = _factory.Db();
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().NotBeEmpty();
        if (_factory.IsPostgres)
        {
            db.Should().BeOfType<PostgresAppDbContext>("PostgreSQL has its own migrations set");
            db.Database.ProviderName.Should().Be("Npgsql.EntityFrameworkCore.PostgreSQL");
        }
        else
        {
            (await DatabaseStartup.PragmaAsync(db, "journal_mode")).Should().Be("wal");
        }
    }

    [Fact]
    public async Task LanguageSwitch_NeedsTheFormsToken_AndComesBackToTheSamePageInTheChosenLanguage()
    {
        var client = Client();
        var forged = await client.PostAsync("/language", new FormUrlEncodedContent([new("culture", "de"), new("returnUrl", "/")]));
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a form posted from another site has no antiforgery token");

        var page = await client.GetPageAsync("/support");
        var switched = await client.PostFormAsync(page, "/language", [new("culture", "de")], "form.language");
        switched.StatusCode.Should().Be(HttpStatusCode.Redirect);
        switched.Headers.Location!.ToString().Should().Be("/support");
        var german = await client.GetStringAsync("/");
        german.Should().Contain("<html lang=\"de\">").And.Contain("Erkenne, was dich auf Abstand hält");
        (await client.PostFormAsync(await client.GetPageAsync("/"), "/language", [new("culture", "fr"), new("returnUrl", "https://elsewhere.example/")], "form.language"))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest, "only offered languages");
        var offSite = await client.PostFormAsync(await client.GetPageAsync("/"), "/language", [new("culture", "en"), new("returnUrl", "//elsewhere.example/")], "form.language");
        offSite.Headers.Location!.ToString().Should().Be("/", "the switch never sends anyone off the site");
    }

    [Fact]
    public async Task Home_SaysWhatThisIsNot_OffersQuickExit_AndSendsSecurityHeaders()
    {
        var response = await Client().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        html.Should().Contain("not a clinical or diagnostic instrument").And.Contain("id=\"quick-exit\"").And.Contain("<html lang=\"en\">");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("frame-ancestors 'none'").And.MatchRegex("script-src 'self' 'nonce-[0-9A-F]{32}'");
        html.Should().Contain($"nonce=\"{csp.Split("'nonce-")[1].Split('\'')[0]}\"", "the page's script carries the request's nonce");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    [Fact]
    public async Task QuickCheck_Anonymous_ShowsTheResultWithAChart_AndStoresNothing()
    {
        var response = await Journeys.TakeAsync(Client(), "intimacy-quick-check", "sibling", Safety.Lowest, answer: "4");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("<svg").And.Contain("<title id=\"scales-chart-title\">").And.Contain("Something to try");
        html.Should().Contain("nothing you answered has been stored");
        html.Should().NotContain("Support first");
        await using var db = _factory.Db();
        (await db.Results.CountAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData(Safety.Highest, null)]
    [InlineData(Safety.Lowest, "safety-afraid")]
    [InlineData(Safety.Lowest, "safety-controlled")]
    public async Task QuickCheck_PersonAtRisk_SeesSupportBeforeAnything_AndNoExerciseWithTheOther(Safety safety, string? highOnly)
    {
        var response = await Journeys.TakeAsync(Client(), "intimacy-quick-check", "romantic", safety, answer: "4", highOnly);
        var html = await response.Content.ReadAsStringAsync();

        var support = html.IndexOf("id=\"support-heading\"", StringComparison.Ordinal);
        support.Should().BeGreaterThan(0);
        support.Should().BeLessThan(html.IndexOf("<h1>", StringComparison.Ordinal), "support comes before the title and every score");
        var exercises = Forms.Parse(html).QuerySelectorAll("article.exercise h3 a").Select(static a => a.GetAttribute("href")!.Split('/')[^1]).ToList();
        var catalog = IntimacyKit.Content.DefaultContent.Catalog;
        exercises.Select(catalog.GetExercise).Where(static e => e.Mode is not (IntimacyKit.Content.ExerciseMode.Solo or IntimacyKit.Content.ExerciseMode.Journal))
            .Should().BeEmpty("a person who may be in danger is never steered into an exercise with the other person");
        if (exercises.Count == 0)
        {
            html.Should().Contain("the support options above come first");
        }

        html.Should().NotContain("Build a practice plan", "no plan is offered while a flag stands");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SafetyScreen_AtRisk_BringsSupportAtOnce_BeforeTheNextStatements(bool atRisk)
    {
        var client = Client();
        var page = await client.GetPageAsync("/take/intimacy-quick-check?RelationshipKind=romantic");
        var safety = page.QuerySelectorAll("main form.answers input[type=radio]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(static r => int.TryParse(r.Value, out _)).GroupBy(static r => r.Name!)
            .Select(g => new KeyValuePair<string, string>(g.Key, atRisk ? g.Last().Value : g.First().Value)).ToList();

        var next = await client.PostFormAsync(page, "/take/intimacy-quick-check", [.. safety, new("Nav", "next")], "main form.answers");
        var html = await next.Content.ReadAsStringAsync();

        html.Should().Contain("id=\"progress-label\"", "the person can still carry on");
        if (atRisk)
        {
            html.IndexOf("id=\"support-heading\"", StringComparison.Ordinal).Should().BeInRange(0, html.IndexOf("<h1>", StringComparison.Ordinal),
                "support comes as soon as the safety statements are answered, before anything else");
            html.Should().Contain("You can stop here");
        }
        else
        {
            html.Should().NotContain("support-heading");
        }
    }

    [Fact]
    public async Task FlaggedResult_GetsSupportInsteadOfAPlan_AndHistoryPutsSupportFirst()
    {
        var client = Client();
        await Journeys.RegisterAsync(client, "flagged@example.test");
        var location = (await Journeys.TakeAsync(client, "intimacy-quick-check", "romantic", Safety.Highest, "3")).Headers.Location!.ToString();
        var id = location.Split('/')[^1];

        var plan = await client.GetStringAsync($"/plan/{id}");
        plan.Should().Contain("id=\"support-heading\"").And.Contain("No practice is planned").And.NotContain(".ics");
        (await client.GetAsync($"/api/results/{id}/plan.ics")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        var history = await client.GetStringAsync("/history");
        history.IndexOf("id=\"support-heading\"", StringComparison.Ordinal).Should().BeInRange(0, history.IndexOf("<h1>", StringComparison.Ordinal));
        history.Should().NotContain("(support first)", "nothing on the list tells an onlooker which result was flagged");
    }

    [Fact]
    public async Task ExercisePage_SaysHelpComesFirst_AndReadsAsWords()
    {
        var html = await Client().GetStringAsync("/exercises/their-week");

        html.Should().Contain("help comes first").And.Contain("href=\"/support\"").And.NotContain("severaltimesaweek");
        (await Client().GetStringAsync("/support")).Should().Contain("If someone may check this device");
    }

    [Fact]
    public async Task SkippedSafetyScreen_IsAReasonForCare_NotAPass()
    {
        var html = await (await Journeys.TakeAsync(Client(), "intimacy-quick-check", "friendship", Safety.Skipped, answer: "2")).Content.ReadAsStringAsync();

        html.Should().Contain("id=\"support-heading\"");
    }

    [Fact]
    public async Task SignedIn_ResultIsSaved_ShownInHistory_AndPrivateToItsOwner()
    {
        var alice = Client();
        await Journeys.RegisterAsync(alice, "alice@example.test");
        var saved = await Journeys.TakeAsync(alice, "intimacy-quick-check", "sibling", Safety.Lowest, "5");
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = saved.Headers.Location!.ToString();
        location.Should().MatchRegex("^/results/[0-9a-f-]{36}$");
        var id = location.Split('/')[^1];

        (await alice.GetStringAsync(location)).Should().Contain("<svg");
        (await alice.GetStringAsync("/history")).Should().Contain(location);
        (await alice.GetAsync($"/api/results/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var bob = Client();
        await Journeys.RegisterAsync(bob, "bob@example.test");
        foreach (var url in new[] { location, $"/plan/{id}", $"/api/results/{id}", $"/api/results/{id}/plan", $"/api/results/{id}/plan.ics" })
        {
            (await bob.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound, $"{url} belongs to another person");
        }

        var notTheirs = await bob.GetAsync(location);
        (await notTheirs.Content.ReadAsStringAsync()).Should().Contain("id=\"quick-exit\"", "an error page keeps the site's layout and its quick exit");

        var anonymous = Client();
        (await anonymous.GetAsync("/history")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await anonymous.GetAsync($"/api/results/{id}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignedIn_AnswersAreKeptBetweenScreens_SoAClosedTabResumes_AndFinishingForgetsThem()
    {
        var client = Client();
        await Journeys.RegisterAsync(client, "resumer@example.test");
        var page = await client.GetPageAsync("/take/intimacy-quick-check?RelationshipKind=sibling");
        var safety = page.QuerySelectorAll("main form.answers input[type=radio]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()
            .GroupBy(static r => r.Name!).Select(static g => new KeyValuePair<string, string>(g.Key, g.First().Value)).ToList();
        var second = await client.PostFormAsync(page, "/take/intimacy-quick-check", [.. safety, new("Nav", "next")], "main form.answers");
        second.StatusCode.Should().Be(HttpStatusCode.OK);

        // The tab is closed; later the person opens the check again.
        var resumed = await client.GetPageAsync("/take/intimacy-quick-check");
        resumed.QuerySelector(".notice")!.TextContent.Should().Contain("Welcome back");
        resumed.QuerySelector("#progress-label")!.TextContent.Should().Be("Part 2 of 4");
        resumed.QuerySelectorAll("main form.answers input[type=hidden][name^='a[']").Should().HaveCount(safety.Count, "the safety answers are kept");
        await using (var db = _factory.Db())
        {
            (await db.Drafts.CountAsync()).Should().Be(1);
        }

        var restart = await client.PostFormAsync(resumed, "/take/intimacy-quick-check?handler=Restart", [], "main form[action*=Restart]");
        restart.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetPageAsync("/take/intimacy-quick-check")).QuerySelector(".notice").Should().BeNull("starting again forgets the kept answers");

        (await Journeys.TakeAsync(client, "intimacy-quick-check", "sibling", Safety.Lowest, "3")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var after = _factory.Db();
        (await after.Drafts.CountAsync()).Should().Be(0, "finishing forgets the answers kept on the way");
    }

    [Fact]
    public async Task Register_LogsAConfirmationLink_ThatConfirms_AndThePasswordCanBeChanged()
    {
        var client = Client();
        await Journeys.RegisterAsync(client, "confirm@example.test");
        var link = _factory.Emails.Single(static e => e.Email == "confirm@example.test").Link;

        (await client.GetStringAsync(new Uri(link).PathAndQuery)).Should().Contain("your e-mail address is confirmed");
        await using (var db = _factory.Db())
        {
            (await db.Users.SingleAsync(static u => u.Email == "confirm@example.test")).EmailConfirmed.Should().BeTrue();
        }

        var account = await client.GetPageAsync("/account");
        var changed = await client.PostFormAsync(
            account,
            "/account?handler=Password",
            [new("CurrentPassword", "a long enough password"), new("NewPassword", "another long password")],
            "main form[action*=Password]");
        (await changed.Content.ReadAsStringAsync()).Should().Contain("Your password is changed.");

        var fresh = Client();
        var login = await fresh.GetPageAsync("/account/login");
        var signedIn = await fresh.PostFormAsync(login, "/account/login", [new("Email", "confirm@example.test"), new("Password", "another long password")]);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "the new password signs in");
    }

    [Fact]
    public async Task Plan_FromASavedResult_DownloadsACalendar()
    {
        var client = Client();
        await Journeys.RegisterAsync(client, "planner@example.test");
        var id = (await Journeys.TakeAsync(client, "intimacy-quick-check", "friendship", Safety.Lowest, "5")).Headers.Location!.ToString().Split('/')[^1];

        var page = await client.GetStringAsync($"/plan/{id}?weeks=2&days=3&minutes=30");
        var ics = await client.GetStringAsync($"/api/results/{id}/plan.ics?weeks=2&days=3&minutes=30");

        page.Should().Contain("Week 1").And.Contain("Week 2");
        ics.Should().StartWith("BEGIN:VCALENDAR").And.Contain("BEGIN:VEVENT");
        (await client.GetAsync($"/api/results/{id}/plan?weeks=99")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Account_ExportHoldsEverything_AndDeleteLeavesNothing()
    {
        var client = Client();
        await Journeys.RegisterAsync(client, "leaving@example.test");
        await Journeys.TakeAsync(client, "intimacy-quick-check", "sibling", Safety.Lowest, "3");
        var account = await client.GetPageAsync("/account");

        var export = await client.PostFormAsync(account, "/account?handler=Export", [], "main form[action*=Export]");
        var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("account").GetProperty("email").GetString().Should().Be("leaving@example.test");
        json.GetProperty("results").GetArrayLength().Should().Be(1);

        var delete = await client.PostFormAsync(account, "/account?handler=Delete", [new("Confirm", "true")], "main form[action*=Delete]");
        delete.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = _factory.Db();
        (await db.Users.CountAsync(u => u.Email == "leaving@example.test")).Should().Be(0);
        (await db.Results.CountAsync()).Should().Be(0, "results go with the account");
        (await db.Drafts.CountAsync()).Should().Be(0, "and so do answers in progress");
    }

    [Fact]
    public async Task Api_Anonymous_ScoresAnswers_AndRefusesBadInputWithProblemDetails()
    {
        var client = Client();
        var assessments = await client.GetFromJsonAsync<JsonElement>("/api/assessments");
        assessments.EnumerateArray().Select(static a => a.GetProperty("id").GetString()).Should().Contain("intimacy-quick-check");

        var good = await client.PostAsJsonAsync(
            "/api/results",
            new { assessmentId = "intimacy-quick-check", relationshipKind = "sibling", answers = new Dictionary<string, object?> { ["q-shame"] = 4, ["safety-afraid"] = 1 } });
        good.StatusCode.Should().Be(HttpStatusCode.OK);
        (await good.Content.ReadAsStringAsync()).Should().Contain("\"format\"");

        foreach (var (body, why) in new (object, string)[]
        {
            (
                new { assessmentId = "intimacy-quick-check", relationshipKind = "sibling", answers = new Dictionary<string, object?> { ["q-shame"] = "four" } },
                "a word for a number"),
            (
                new { assessmentId = "intimacy-quick-check", relationshipKind = "sibling", answers = new Dictionary<string, object?> { ["nope"] = 3 } },
                "an unknown item"),
            (
                new { assessmentId = "intimacy-quick-check", relationshipKind = "sibling", answers = new Dictionary<string, object?> { ["q-shame"] = 9 } },
                "a value out of range"),
            (
                new { assessmentId = "intimacy-quick-check", relationshipKind = "cousin", answers = new Dictionary<string, object?> { ["q-shame"] = 3 } },
                "an unknown relationship kind"),
            (new { relationshipKind = "sibling" }, "no assessment"),
        })
        {
            var response = await client.PostAsJsonAsync("/api/results", body);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, why);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", why);
        }

        (await client.GetAsync("/api/assessments/nope")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var malformed = await client.PostAsync("/api/results", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("a[nope]", "3", "'nope' is not a statement of this check.")]
    [InlineData("a[q-shame]", "9", "'q-shame': '9' is not one of the answers offered.")]
    [InlineData("a[q-shame]", "na", "'q-shame' does not offer \"Does not apply\".")]
    [InlineData("Step", "99", "The form was not one this page sent")]
    public async Task TakePage_TamperedForm_Is400_WithTheProblemNamed_NeverA500(string field, string value, string says)
    {
        var client = Client();
        var page = await client.GetPageAsync("/take/intimacy-quick-check?RelationshipKind=sibling");
        var fields = new List<KeyValuePair<string, string>> { new(field, value), new("Nav", "next") };

        var response = await client.PostFormAsync(page, "/take/intimacy-quick-check", fields, "main form.answers");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(says);
    }

    [Fact]
    public async Task TakePage_WithoutItsAntiforgeryToken_IsRefused()
    {
        var response = await Client().PostAsync(
            "/take/intimacy-quick-check",
            new FormUrlEncodedContent([new("RelationshipKind", "sibling"), new("Step", "0"), new("Nav", "next")]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Api_Assessment_ForAnUnknownKind_Is400_AndForAKnownOne_RendersItsStatements()
    {
        var client = Client();

        var bad = await client.GetAsync("/api/assessments/intimacy-quick-check?kind=cousin");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");

        var good = await client.GetFromJsonAsync<JsonElement>("/api/assessments/intimacy-quick-check?kind=sibling");
        good.GetProperty("items").EnumerateArray().First().GetProperty("safety").GetBoolean().Should().BeTrue("the safety statements come first");
        good.GetProperty("items").EnumerateArray().Select(static i => i.GetProperty("text").GetString()).Should().Contain(static t => t!.Contains("sibling"));
    }

    [Fact]
    public async Task Api_CookieWrites_NeedTheAntiforgeryToken()
    {
        var client = Client();
        await Journeys.RegisterAsync(client, "api@example.test");
        var body = new { assessmentId = "intimacy-quick-check", relationshipKind = "sibling", answers = new Dictionary<string, object?> { ["q-shame"] = 4 } };

        (await client.PostAsJsonAsync("/api/results", body)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var token = (await client.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/results") { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", token);
        var saved = await client.SendAsync(request);
        saved.StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.GetAsync(saved.Headers.Location)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
