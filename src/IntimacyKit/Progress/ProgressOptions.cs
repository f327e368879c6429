using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Progress;

/// <summary>Which results a <see cref="ProgressReport"/> may compare.</summary>
public sealed class ProgressOptions
{
    /// <summary>Assessment versions the host declares to measure the same scales (an explicit mapping); empty means the same version only.</summary>
    public ImmutableArray<SemanticVersion> ComparableVersions { get; init; } = [];

    /// <summary>
    /// Norms to judge change by, by scale or composite id (a <c>NormsPatch</c>'s <c>Scales</c>, as a dictionary): used in place of the
    /// norms the results carry, so results scored before norms existed get reliable-change verdicts too. Empty: the
    /// results' own norms.
    /// </summary>
    public ImmutableDictionary<string, Norms> Norms { get; init; } = ImmutableDictionary<string, Norms>.Empty;
}
