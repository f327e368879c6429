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
    public async Task InvitationCodeLookups_AreLimitedPerPerson_ReadingThePageToo()
    {
        using var strict = new WebAppFactory(kestrel: true, settings: new Dictionary<string, string> { ["RateLimits:CodesPerMinute"] = "3" });
        var guesser = await Person.SignUpAsync(strict.Address, "guesser@example.test");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await guesser.Client.GetAsync($"/pairs/accept?code=ABCDE-FGH{i}K")).StatusCode);
        }

        answers.Should().Equal(
            HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests);
        (await guesser.SendAsync(HttpMethod.Post, "/api/pairings/accept", new { code = "ABCDE-FGHJK" })).StatusCode
            .Should().Be(HttpStatusCode.TooManyRequests, "the API counts against the same limit");
    }

    [Fact]
    public async Task DataProtectionKeys_WithACertificate_AreEncryptedAtRest_AndSignInStillWorks()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=IntimacyKit test keys", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(Path.GetTempPath(), $"intimacykit-keys-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(path, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "pfx password"));
        try
        {
            using var app = new WebAppFactory(kestrel: true, settings: new Dictionary<string, string>
            {
                ["DataProtection:CertificatePath"] = path,
                ["DataProtection:CertificatePassword"] = "pfx password",
            });
            var person = await Person.SignUpAsync(app.Address, "keys@example.test");

            (await person.Client.GetAsync("/api/results")).StatusCode.Should().Be(HttpStatusCode.OK, "the cookie protected with the key reads back");
            await using var db = app.Db();
            var xml = string.Join('\n', db.DataProtectionKeys.Select(static k => k.Xml));
            xml.Should().Contain("<encryptedSecret").And.NotContain("<masterKey", "the key is encrypted to the certificate, never stored in the clear");
        }
        finally
        {
            File.Delete(path);
        }
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
