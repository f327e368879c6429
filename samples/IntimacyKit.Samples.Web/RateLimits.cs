using System.Threading.RateLimiting;

namespace IntimacyKit.Samples.Web;

/// <summary>
/// The rate-limit policies: sign-in and registration, invitation codes, and submissions. Each instance counts in its own
/// memory (see docs/web.md, "Running on several machines").
/// </summary>
internal static class RateLimits
{
    public const string Accounts = "accounts";
    public const string Submissions = "submissions";
    public const string Codes = "codes";

    /// <summary>At most <paramref name="limit"/> requests a minute for one client (a person, or an address).</summary>
    public static RateLimitPartition<string> PerMinute(string? client, int limit) => RateLimitPartition.GetFixedWindowLimiter(
        client ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1) });
}
