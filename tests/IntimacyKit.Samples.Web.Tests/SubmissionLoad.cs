using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>A submission the server answered with success: who sent it, its Idempotency-Key, and where it is stored.</summary>
public sealed record Acknowledged(Person Who, string Key, string Location);

/// <summary>
/// Many people submitting results through the API at once, as the durability, several-instance and throughput runs need.
/// Each person holds a handle per app instance (the same cookies); their submissions take turns over the instances. A
/// request that fails because its instance is gone is sent again, with the same Idempotency-Key, to the next instance,
/// as a load balancer's retry would; with one instance the person stops instead, as a browser would.
/// </summary>
public static class SubmissionLoad
{
    /// <summary>Runs the load; returns how many requests were sent again to another instance after one failed.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<Person[]> people, int each, ConcurrentBag<Acknowledged> acknowledged, CancellationToken stop)
    {
        var retries = new StrongBox<int>();
        await Task.WhenAll(people.Select((handles, index) => OnePersonAsync(handles, index, each, acknowledged, retries, stop)));
        return retries.Value;
    }

    private static async Task OnePersonAsync(
        Person[] handles, int index, int each, ConcurrentBag<Acknowledged> acknowledged, StrongBox<int> retries, CancellationToken stop)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < each && !stop.IsCancellationRequested; i++)
        {
            var key = $"{run}-{index}-{i}";
            var body = new
            {
                assessmentId = "intimacy-quick-check",
                relationshipKind = "friendship",
                answers = new Dictionary<string, int> { ["q-shame"] = 1 + (i % 5) },
            };
            var sent = false;
            for (var attempt = 0; attempt < handles.Length && !sent; attempt++)
            {
                var handle = handles[(index + i + attempt) % handles.Length];
                if (attempt > 0)
                {
                    Interlocked.Increment(ref retries.Value);
                }

                try
                {
                    var response = await handle.SendAsync(HttpMethod.Post, "/api/results", body, key);
                    response.StatusCode.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
                    acknowledged.Add(new Acknowledged(handle, key, response.Headers.Location!.ToString()));
                    sent = true;
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    // That instance is gone: the next one gets the same request and key.
                }
            }

            if (!sent)
            {
                return;
            }
        }
    }
}
