using System.Net;
using System.Text;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>What only the real server enforces: the request body limit, answered as a ProblemDetails.</summary>
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
}
