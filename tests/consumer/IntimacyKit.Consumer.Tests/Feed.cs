namespace IntimacyKit.Consumer.Tests;

/// <summary>What eng/consumer.sh hands the tests: the folder of packages just packed, and how to restore from it.</summary>
internal static class Feed
{
    /// <summary>The folder the packages were packed into.</summary>
    public static string Folder => Required("INTIMACYKIT_FEED");

    /// <summary>The NuGet config that maps IntimacyKit packages to <see cref="Folder"/> only.</summary>
    public static string Config => Required("INTIMACYKIT_CONSUMER_CONFIG");

    /// <summary>The packages folder of the consumer projects (never the machine's cache).</summary>
    public static string Packages => Required("INTIMACYKIT_CONSUMER_PACKAGES");

    /// <summary>The version the packages were packed with.</summary>
    public static string Version => Required("INTIMACYKIT_VERSION");

    /// <summary>The commit the packages were built from.</summary>
    public static string Commit => Required("INTIMACYKIT_COMMIT");

    private static string Required(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{name} is not set: run these tests with eng/consumer.sh (eng/test.sh does).");
}
