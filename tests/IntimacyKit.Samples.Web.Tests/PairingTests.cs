using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// Two people on the web host: invitations, the blind reveal, ending, deletion, and safety across the pair: nothing of
/// one person's safety answers, flags, or the fact of a flag reaches the other, in any combination.
/// </summary>
[Trait("Database", "Any")]
public sealed partial class PairingTests : IDisposable
{
    private readonly WebAppFactory _factory = new(kestrel: true);

    public void Dispose() => _factory.Dispose();

    private Task<Person> SignUpAsync(string name) => Person.SignUpAsync(_factory.Address, $"{name}@example.test");

    private async Task<(Person First, Person Second, Guid Pairing)> PairAsync(string first, string second, string kind = "romantic")
    {
        var a = await SignUpAsync(first);
        var b = await SignUpAsync(second);
        var code = await a.InviteAsync(kind);
        return (a, b, await b.AcceptAsync(code));
    }

    [Fact]
    public async Task PairingPages_InGerman_NameTheOtherPersonInGerman()
    {
        var (first, _, pairing) = await PairAsync("deutsch-a", "deutsch-b", "sibling");
        await first.InviteAsync("friendship");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/pairs");
        request.Headers.AcceptLanguage.ParseAdd("de-DE");
        var html = await (await first.Client.SendAsync(request)).Content.ReadAsStringAsync();
        using var pairRequest = new HttpRequestMessage(HttpMethod.Get, $"/pairs/{pairing}");
        pairRequest.Headers.AcceptLanguage.ParseAdd("de-DE");
        var pairHtml = await (await first.Client.SendAsync(pairRequest)).Content.ReadAsStringAsync();

        html.Should().Contain("<html lang=\"de\">").And.NotContain("the other person").And.NotContain("your sibling");
        pairHtml.Should().NotContain("the other person").And.NotContain("your sibling");
    }

    [Fact]
    public async Task Invitation_ByPage_IsAcceptedByLink_AndTheReportOpensForBothOnlyOnceBothHaveAnswered()
    {
        var alex = await SignUpAsync("alex");
        var sam = await SignUpAsync("sam");
        var pairs = await alex.Client.GetPageAsync("/pairs");
        var made = await alex.Client.PostFormAsync(
            pairs, "/pairs?handler=Invite", [new("Kind", "sibling"), new("Label", "Sam"), new("ShownName", "Alex")], "main form[action*=Invite]");
        var madePage = Forms.Parse(await made.Content.ReadAsStringAsync());
        var code = madePage.QuerySelector(".code")!.TextContent;
        code.Should().MatchRegex("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$");
        var link = new Uri(madePage.QuerySelector(".link-text")!.TextContent).PathAndQuery;

        var accept = await sam.Client.GetPageAsync(link);
        accept.QuerySelector("main")!.TextContent.Should().Contain("Alex has invited you").And.Contain("Who they are to you:\n        your sibling")
            .And.Contain("feel safe");
        var accepted = await sam.Client.PostFormAsync(accept, link, [new("ShownName", "Sam")]);
        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var pairing = Guid.Parse(accepted.Headers.Location!.ToString().Split('/')[^1]);

        // Alex answers through the pages; neither can see anything of a comparison yet.
        var finished = await Journeys.TakeAsync(alex.Client, Person.Listening, "sibling", Safety.Lowest, "2", pairing: pairing);
        finished.Headers.Location!.ToString().Should().Be($"/pairs/{pairing}");
        (await alex.Client.GetStringAsync($"/pairs/{pairing}")).Should().Contain("You have answered").And.NotContain("What you both said");
        (await sam.Client.GetStringAsync($"/pairs/{pairing}")).Should().Contain("Alex has answered", "Sam gave no name, so Alex's own is used")
            .And.NotContain("What you both said");
        foreach (var person in new[] { alex, sam })
        {
            (await person.Client.GetAsync($"/api/pairings/{pairing}/reports/{Person.Listening}")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        }

        (await Journeys.TakeAsync(sam.Client, Person.Listening, "sibling", Safety.Lowest, "4", pairing: pairing)).StatusCode
            .Should().Be(HttpStatusCode.Redirect);
        var alexView = await alex.Client.GetStringAsync($"/pairs/{pairing}");
        alexView.Should().Contain("What you both said").And.Contain("<title id=\"pair-listening-check-title\">Your scores and Sam's")
            .And.Contain("Full attention, about you: you answered “Rarely”, Sam answered “Often”.")
            .And.Contain("The name they gave for themselves: Sam.");
        (await sam.Client.GetStringAsync($"/pairs/{pairing}")).Should().Contain("Full attention, about you: you answered “Often”, Alex answered “Rarely”.");
        var report = await sam.GetJsonAsync($"/api/pairings/{pairing}/reports/{Person.Listening}");
        report.GetProperty("other").GetString().Should().Be("Alex");
        report.GetProperty("disclaimer").GetString().Should().Contain("not a diagnosis");

        // The code was used up.
        var late = await SignUpAsync("late");
        (await late.SendAsync(HttpMethod.Post, "/api/pairings/accept", new { code })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Races_OneCodeAcceptedByTwoAtOnce_AndOneRoundAnsweredTwiceAtOnce_EachHaveOneWinner()
    {
        var inviter = await SignUpAsync("inviter");
        var first = await SignUpAsync("racer1");
        var second = await SignUpAsync("racer2");
        var code = await inviter.InviteAsync();

        var accepted = await Task.WhenAll(
            first.SendAsync(HttpMethod.Post, "/api/pairings/accept", new { code }),
            second.SendAsync(HttpMethod.Post, "/api/pairings/accept", new { code }));
        accepted.Select(static r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.BadRequest]);

        var pairing = (await inviter.GetJsonAsync("/api/pairings"))[0].GetProperty("id").GetGuid();
        var twice = await Task.WhenAll(inviter.AnswerAsync(pairing, Safety.Lowest, 2, 2), inviter.AnswerAsync(pairing, Safety.Lowest, 3, 3));
        twice.Select(static r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        await using var db = _factory.Db();
        (await db.PairingTakes.CountAsync()).Should().Be(1);
        (await db.Results.CountAsync()).Should().Be(1, "the refused one stored nothing");
        var since = (await inviter.GetJsonAsync($"/api/pairings/{pairing}")).GetProperty("pairedAtUtc").GetString();
        since.Should().EndWith("Z", "times are UTC on every store");
    }

    [Fact]
    public async Task ParentAndChild_EachAnswerFromTheirOwnSide()
    {
        var (parent, child, pairing) = await PairAsync("parent", "child", kind: "parent-child");

        (await parent.GetJsonAsync($"/api/pairings/{pairing}")).GetProperty("relationshipKind").GetString().Should().Be("parent-child");
        (await child.GetJsonAsync($"/api/pairings/{pairing}")).GetProperty("relationshipKind").GetString().Should().Be("child-parent");
        var page = await child.Client.GetStringAsync($"/take/{Person.Listening}?pairing={pairing}");
        page.Should().Contain("I feel afraid of my parent.");
        (await child.AnswerAsync(pairing, Safety.Lowest, 2, 3)).StatusCode.Should().Be(HttpStatusCode.Created);
        var stored = await child.GetJsonAsync("/api/results");
        stored[0].GetProperty("relationshipKind").GetString().Should().Be("child-parent");
    }

    [Fact]
    public async Task Codes_AreSingleUse_Expire_AreNotOnesOwn_AndForgiveHowTheyAreTyped()
    {
        var a = await SignUpAsync("a");
        var b = await SignUpAsync("b");
        var code = await a.InviteAsync();

        var own = await a.SendAsync(HttpMethod.Post, "/api/pairings/accept", new { code });
        own.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await own.Content.ReadAsStringAsync()).Should().Contain("your own invitation");

        // Lower case, no dash, O for 0 and l for 1: read aloud or copied by hand, the code still works.
        var typed = code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant().Replace('0', 'o').Replace('1', 'l');
        (await b.AcceptAsync(typed)).Should().NotBeEmpty();

        var expired = await a.InviteAsync("friendship");
        await using (var db = _factory.Db())
        {
            await db.Pairings.Where(p => p.InviteeId == null).ExecuteUpdateAsync(s => s.SetProperty(p => p.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1)));
        }

        var c = await SignUpAsync("c");
        var refused = await c.SendAsync(HttpMethod.Post, "/api/pairings/accept", new { code = expired });
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("does not match an open invitation");
        (await c.Client.GetAsync($"/pairs/accept?code={expired}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await a.GetJsonAsync("/api/pairings/invitations")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task APersonCanBeInSeveralPairings_EachSeparate()
    {
        var me = await SignUpAsync("me");
        var partner = await SignUpAsync("partner");
        var friend = await SignUpAsync("friend");
        var withPartner = await partner.AcceptAsync(await me.InviteAsync("romantic"));
        var withFriend = await friend.AcceptAsync(await me.InviteAsync("friendship"));

        (await me.AnswerAsync(withPartner, Safety.Lowest, 2, 2)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await partner.AnswerAsync(withPartner, Safety.Lowest, 3, 3)).StatusCode.Should().Be(HttpStatusCode.Created);

        (await me.GetJsonAsync("/api/pairings")).GetArrayLength().Should().Be(2);
        (await me.Client.GetAsync($"/api/pairings/{withPartner}/reports/{Person.Listening}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await me.Client.GetAsync($"/api/pairings/{withFriend}/reports/{Person.Listening}")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await friend.Client.GetAsync($"/api/pairings/{withPartner}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a pairing is seen only by its two");
        (await friend.Client.GetAsync($"/pairs/{withPartner}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var kept = await friend.AnswerAsync(withPartner, Safety.Lowest, 1, 1);
        kept.StatusCode.Should().Be(HttpStatusCode.NotFound, "nobody answers within another's pairing");
    }

    [Fact]
    public async Task AnsweringTwice_WaitsForTheOther_AndARetriedSubmissionIsStoredOnce()
    {
        var (a, b, pairing) = await PairAsync("first", "second");
        var key = Guid.NewGuid().ToString();
        var body = new { assessmentId = Person.Listening, pairingId = pairing, answers = new Dictionary<string, int> { ["self-attention"] = 2 } };

        var first = await a.SendAsync(HttpMethod.Post, "/api/results", body, key);
        var retried = await a.SendAsync(HttpMethod.Post, "/api/results", body, key);
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        retried.StatusCode.Should().Be(HttpStatusCode.OK, "the same key finds the stored result");
        retried.Headers.Location.Should().Be(first.Headers.Location);
        var otherAnswers = new { assessmentId = Person.Listening, pairingId = pairing, answers = new Dictionary<string, int> { ["self-attention"] = 4 } };
        (await a.SendAsync(HttpMethod.Post, "/api/results", otherAnswers, key)).StatusCode
            .Should().Be(HttpStatusCode.UnprocessableEntity, "a key used for other answers is refused, not answered with the old result");
        (await a.AnswerAsync(pairing, Safety.Lowest, 3, 3)).StatusCode.Should().Be(HttpStatusCode.Conflict, "the round waits for the other");
        var wrongKind = new { assessmentId = Person.Listening, pairingId = pairing, relationshipKind = "sibling", answers = new Dictionary<string, int>() };
        (await b.SendAsync(HttpMethod.Post, "/api/results", wrongKind)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await using var db = _factory.Db();
        (await db.Results.CountAsync()).Should().Be(1);
        (await db.PairingTakes.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Ending_RemovesEverySharedView_ForBothAtOnce_AndEachKeepsTheirOwnResults()
    {
        var (a, b, pairing) = await PairAsync("ends", "ended");
        await a.AnswerAsync(pairing, Safety.Lowest, 2, 3);
        await b.AnswerAsync(pairing, Safety.Lowest, 3, 2);
        (await b.Client.GetAsync($"/api/pairings/{pairing}/reports/{Person.Listening}")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await b.SendAsync(HttpMethod.Delete, $"/api/pairings/{pairing}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        foreach (var person in new[] { a, b })
        {
            (await person.Client.GetAsync($"/api/pairings/{pairing}/reports/{Person.Listening}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await person.Client.GetAsync($"/pairs/{pairing}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await person.GetJsonAsync("/api/pairings")).GetArrayLength().Should().Be(0);
            (await person.GetJsonAsync("/api/results")).GetArrayLength().Should().Be(1, "each keeps their own answers");
        }
    }

    [Fact]
    public async Task DeletingAnAccount_EndsItsPairings_AndTheOtherKeepsOnlyTheirOwnAnswers()
    {
        var (leaving, staying, pairing) = await PairAsync("leaving", "staying");
        await leaving.AnswerAsync(pairing, Safety.Lowest, 2, 3);
        await staying.AnswerAsync(pairing, Safety.Lowest, 3, 2);

        // The staying person has begun comparing again: answers in progress for this pairing.
        var again = await staying.Client.GetPageAsync($"/take/{Person.Listening}?pairing={pairing}");
        (await staying.Client.PostFormAsync(again, $"/take/{Person.Listening}", [new("Nav", "next")], "main form.answers"))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        await using (var before = _factory.Db())
        {
            (await before.Drafts.CountAsync()).Should().Be(1);
        }

        var account = await leaving.Client.GetPageAsync("/account");
        (await leaving.Client.PostFormAsync(account, "/account?handler=Delete", [new("Confirm", "true")], "main form[action*=Delete]"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await staying.GetJsonAsync("/api/pairings")).GetArrayLength().Should().Be(0);
        (await staying.GetJsonAsync("/api/results")).GetArrayLength().Should().Be(1);
        await using var db = _factory.Db();
        (await db.Pairings.CountAsync()).Should().Be(0);
        (await db.PairingTakes.CountAsync()).Should().Be(0);
        (await db.Results.CountAsync()).Should().Be(1, "only the staying person's own result is left");
        (await db.Drafts.CountAsync()).Should().Be(0, "answers in progress for an ended pairing go with it");
    }

    [Fact]
    public async Task Export_HoldsMySideOfEachPairing_AndNothingOfTheOtherPerson()
    {
        var (a, b, pairing) = await PairAsync("exporter", "other");
        await a.AnswerAsync(pairing, Safety.Lowest, 2, 3);
        var theirs = await b.AnswerAsync(pairing, Safety.Highest, 4, 1);
        var theirId = theirs.Headers.Location!.ToString().Split('/')[^1];

        var account = await a.Client.GetPageAsync("/account");
        var export = await a.Client.PostFormAsync(account, "/account?handler=Export", [], "main form[action*=Export]");
        var json = await export.Content.ReadAsStringAsync();
        var pairings = JsonDocument.Parse(json).RootElement.GetProperty("pairings");

        pairings.GetArrayLength().Should().Be(1);
        pairings[0].GetProperty("relationshipKind").GetString().Should().Be("romantic");
        pairings[0].GetProperty("myAnswers").GetArrayLength().Should().Be(1);
        json.Should().NotContain(theirId).And.NotContain(b.Email);
        JsonDocument.Parse(json).RootElement.GetProperty("results").GetArrayLength().Should().Be(1, "only my own result is mine to export");
    }

    [Fact]
    public async Task AFlaggedPerson_SeesSupportFirst_AndIsNeverPromptedToInvite()
    {
        var flagged = await SignUpAsync("flagged");
        (await Journeys.TakeAsync(flagged.Client, "intimacy-quick-check", "romantic", Safety.Highest, "3")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var calm = await SignUpAsync("calm");
        var calmResult = await Journeys.TakeAsync(calm.Client, Person.Listening, "romantic", Safety.Lowest, "3");

        var pairs = await flagged.Client.GetStringAsync("/pairs");
        pairs.IndexOf("id=\"support-heading\"", StringComparison.Ordinal).Should().BePositive()
            .And.BeLessThan(pairs.IndexOf("<h1>", StringComparison.Ordinal), "support comes before anything else");
        pairs.Should().NotContain("Invite someone").And.Contain("<details>", "the invitation form is folded away, not offered");
        (await calm.Client.GetStringAsync("/pairs")).Should().Contain("Invite someone").And.NotContain("support-heading");
        (await calm.Client.GetStringAsync(calmResult.Headers.Location!.ToString())).Should().Contain("Compare with someone");

        var listening = await Journeys.TakeAsync(flagged.Client, Person.Listening, "romantic", Safety.Highest, "3");
        (await flagged.Client.GetStringAsync(listening.Headers.Location!.ToString())).Should().NotContain("Compare with someone");
    }

    [Fact]
    public async Task AFlagRaisedInAPairing_IsNotForgotten_WhenThePersonStopsThere()
    {
        var (a, _, pairing) = await PairAsync("stops", "waits");
        var page = await a.Client.GetPageAsync($"/take/{Person.Listening}?pairing={pairing}");
        var highest = page.QuerySelectorAll("main form.answers fieldset.statement").Select(static f => f.QuerySelectorAll("input[type=radio]")
            .Cast<AngleSharp.Html.Dom.IHtmlInputElement>().Last(static r => int.TryParse(r.Value, out _)))
            .Select(static r => new KeyValuePair<string, string>(r.Name!, r.Value)).ToList();
        (await a.Client.PostFormAsync(page, $"/take/{Person.Listening}", [.. highest, new("Nav", "next")], "main form.answers"))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        // The person stops there. Everywhere they go next, support comes first and nothing asks them to carry on.
        foreach (var path in new[] { "/pairs", $"/pairs/{pairing}", "/history", $"/take/{Person.Listening}?pairing={pairing}" })
        {
            var html = await a.Client.GetStringAsync(path);
            html.Should().Contain("id=\"support-heading\"", $"{path} shows support while the flag stands");
            html.IndexOf("support-heading", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("<h1>", StringComparison.Ordinal), path);
        }

        var pairPage = await a.Client.GetStringAsync($"/pairs/{pairing}");
        pairPage.Should().Contain("<summary>Answer now anyway</summary>").And.NotContain("class=\"button\" href=\"/take/");
        var pairs = await a.Client.GetStringAsync("/pairs");
        pairs.Should().Contain("<summary>Enter an invitation code</summary>").And.NotContain("Invite someone");
    }

    [Fact]
    public async Task InAPairing_ASafetyFlag_ShowsSupportAtOnce_WithAQuietWayOut()
    {
        var (a, _, pairing) = await PairAsync("quiet", "unaware");
        var page = await a.Client.GetPageAsync($"/take/{Person.Listening}?pairing={pairing}");
        var fields = page.QuerySelectorAll("main form.answers input[type=radio]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(static r => r.Value == "5").Select(static r => new KeyValuePair<string, string>(r.Name!, r.Value)).ToList();

        var next = await a.Client.PostFormAsync(page, $"/take/{Person.Listening}", [.. fields, new("Nav", "next")], "main form.answers");
        var html = await next.Content.ReadAsStringAsync();

        html.IndexOf("support-heading", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("<h1>", StringComparison.Ordinal));
        html.Should().Contain("the other person never sees them").And.Contain("End this pairing").And.Contain(">Stop here</a>")
            .And.Contain("they will notice that it has gone");
    }

    /// <summary>
    /// Every combination of flagged, unflagged and skipped safety answers for both: what each person sees (the pairing
    /// page, the API's pairing and report, the reveal's timing) is the same whatever the other answered to the safety
    /// questions, and no e-mail goes out about any of it.
    /// </summary>
    [Fact]
    public async Task NothingOfOnePersonsSafetyAnswers_ReachesTheOther_InAnyCombination()
    {
        var states = Enum.GetValues<Safety>();
        var views = new Dictionary<(string Role, Safety Own, Safety Other), string>();
        foreach (var mine in states)
        {
            foreach (var theirs in states)
            {
                var (a, b, pairing) = await PairAsync($"a-{mine}-{theirs}", $"b-{mine}-{theirs}");
                (await a.AnswerAsync(pairing, mine, 2, 4)).StatusCode.Should().Be(HttpStatusCode.Created);
                (await b.Client.GetAsync($"/api/pairings/{pairing}/reports/{Person.Listening}")).StatusCode
                    .Should().Be(HttpStatusCode.Conflict, "nothing opens before both have answered, flagged or not");
                var second = await b.AnswerAsync(pairing, theirs, 3, 1);
                second.StatusCode.Should().Be(HttpStatusCode.Created, await second.Content.ReadAsStringAsync());

                views[("first", mine, theirs)] = await ViewAsync(a, pairing);
                views[("second", theirs, mine)] = await ViewAsync(b, pairing);
            }
        }

        foreach (var role in new[] { "first", "second" })
        {
            foreach (var own in states)
            {
                states.Select(other => views[(role, own, other)]).Distinct().Should()
                    .ContainSingle($"the {role} person, whose own safety answers were {own}, sees the same whatever the other answered");
            }
        }

        views[("first", Safety.Highest, Safety.Lowest)].Should().Contain("support-heading", "a person's own flag shows them support");
        views[("first", Safety.Lowest, Safety.Highest)].Should().NotContain("support-heading");
        _factory.Emails.Should().HaveCount(18, "the only e-mails are the 18 accounts' confirmation links");
    }

    /// <summary>What one person sees of a pairing, with the parts that differ between any two pairings made the same.</summary>
    private static async Task<string> ViewAsync(Person person, Guid pairing)
    {
        var page = await person.Client.GetStringAsync($"/pairs/{pairing}");
        var api = await person.Client.GetStringAsync($"/api/pairings/{pairing}");
        var report = await person.Client.GetStringAsync($"/api/pairings/{pairing}/reports/{Person.Listening}");
        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];
        return Normalize(main + api + report);
    }

    private static string Normalize(string text) => Volatile().Replace(text, "*");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|value=\"CfDJ8[^\"]*\"|\"pairedAtUtc\":\"[^\"]*\"|Paired since [^.]*")]
    private static partial Regex Volatile();
}
