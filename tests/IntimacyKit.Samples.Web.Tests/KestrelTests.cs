using System.Net;
using System.Text;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>What only the real server enforces: the request body limit, answered as a ProblemDetails.</summary>
[Trait("Database", "Any")]
public sealed class KestrelTests : IDisposable
{
    private readonly WebAppFactory _app = new(kestrel: true);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task OversizeBody_Is413_WithAProblemDetails_NeverA500()
    {
        using var client = new HttpClient { BaseAddress = _app.Address };
        var body = "{\"assessmentId\": \"intimacy-quick-check\", \"relationshipKind\": \"sibling\", \"answers\": {\"q-shame\": 1}, \"padding\": \""
            + new string('x', 400 * 1024) + "\"}";

        var response = await client.PostAsync("/api/results", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task SignInAttempts_AreRateLimited_ButReadingThePageIsNot_AndTheLimitIsAPage()
    {
        using var strict = new WebAppFactory(kestrel: true, accountsPerMinute: 2);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = strict.Address,
        };

        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync("/account/login")).StatusCode.Should().Be(HttpStatusCode.OK, "reading the page is not an attempt");
        }

        var page = await client.GetPageAsync("/account/login");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostFormAsync(page, "/account/login", [new("Email", "nobody@example.test"), new("Password", "wrong password")])).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        var limited = await client.PostFormAsync(page, "/account/login", [new("Email", "nobody@example.test"), new("Password", "wrong password")]);
        (await limited.Content.ReadAsStringAsync()).Should().Contain("Please wait a moment").And.Contain("id=\"quick-exit\"");
    }
}
