namespace IntimacyKit.Samples.Web;

/// <summary>The rate-limit policies: sign-in and registration, and submissions.</summary>
internal static class RateLimits
{
    public const string Accounts = "accounts";
    public const string Submissions = "submissions";
}
