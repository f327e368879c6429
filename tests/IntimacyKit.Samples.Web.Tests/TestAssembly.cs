using System.Runtime.CompilerServices;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>Settings for the whole test process, which hosts many apps (and their clients) at once.</summary>
internal static class TestAssembly
{
    /// <summary>
    /// Enough pool threads from the start for the apps, clients and browsers sharing this process, so that a burst in one
    /// test never delays another's page for the seconds the pool would take to grow.
    /// </summary>
    [ModuleInitializer]
    internal static void Initialize() => ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 8), 64);
}
