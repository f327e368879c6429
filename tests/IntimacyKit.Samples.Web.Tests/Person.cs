using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>One signed-in person with cookies of their own, using the JSON API with the antiforgery header.</summary>
public sealed class Person
{
    public const string Listening = "listening-check";

    private readonly string _token;

    private Person(HttpClient client, CookieContainer cookies, string token, string email)
    {
        Client = client;
        Cookies = cookies;
        _token = token;
        Email = email;
    }

    public HttpClient Client { get; }

    /// <summary>The person's cookies (the sign-in cookie among them).</summary>
    public CookieContainer Cookies { get; }

    public string Email { get; }

    public static (HttpClient Client, CookieContainer Cookies) NewClient(Uri address, CookieContainer? cookies = null)
    {
        cookies ??= new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        return (client, cookies);
    }

    public static async Task<Person> SignUpAsync(Uri address, string email)
    {
        var (client, cookies) = NewClient(address);
        await Journeys.RegisterAsync(client, email);
        return new Person(client, cookies, await TokenAsync(client), email);
    }

    /// <summary>The same person in another browser (or against another app instance): signs in with the password.</summary>
    public static async Task<Person> SignInAsync(Uri address, string email)
    {
        var (client, cookies) = NewClient(address);
        var page = await client.GetPageAsync("/account/login");
        var response = await client.PostFormAsync(page, "/account/login", [new("Email", email), new("Password", "a long enough password")]);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return new Person(client, cookies, await TokenAsync(client), email);
    }

    /// <summary>
    /// This person's cookies, just as a browser holds them, sent to another address: another app instance behind the same
    /// site name. The antiforgery token is the one this person already has.
    /// </summary>
    public Person On(Uri address)
    {
        var moved = new CookieContainer();
        foreach (Cookie cookie in Cookies.GetCookies(Client.BaseAddress!))
        {
            moved.Add(address, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        return new Person(NewClient(address, moved).Client, moved, _token, Email);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", _token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await Client.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Makes an invitation and returns its code as shown (two groups of four).</summary>
    public async Task<string> InviteAsync(string kind = "romantic", string? name = null)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/pairings/invitations", new { relationshipKind = kind, name });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    public async Task<Guid> AcceptAsync(string code, string? name = null)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/pairings/accept", new { code, name });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Answers the listening check within a pairing: the safety statements as <paramref name="safety"/> says, statements
    /// about one's own listening with <paramref name="self"/>, those about the other's with <paramref name="other"/>.
    /// </summary>
    public async Task<HttpResponseMessage> AnswerAsync(Guid pairing, Safety safety, int self, int other)
    {
        var assessment = await GetJsonAsync($"/api/assessments/{Listening}");
        var answers = new Dictionary<string, object?>();
        foreach (var item in assessment.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!;
            var scale = item.GetProperty("scale");
            answers[id] = item.GetProperty("safety").GetBoolean()
                ? safety switch { Safety.Lowest => scale.GetProperty("min").GetInt32(), Safety.Highest => scale.GetProperty("max").GetInt32(), _ => null }
                : id.StartsWith("self-", StringComparison.Ordinal) ? self : other;
        }

        return await SendAsync(HttpMethod.Post, "/api/results", new { assessmentId = Listening, pairingId = pairing, answers });
    }

    private static async Task<string> TokenAsync(HttpClient client)
        => (await client.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString()!;
}
