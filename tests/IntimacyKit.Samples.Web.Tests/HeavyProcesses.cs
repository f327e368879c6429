namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// The tests that start the app as separate processes and load them hard (durability, several instances): they run on
/// their own, after the others, so that their load does not starve the browser tests' timing on a small machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyProcesses
{
    public const string Name = "Processes";
}
