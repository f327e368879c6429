using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Progress;

/// <summary>Which results a <see cref="ProgressReport"/> may compare.</summary>
public sealed class ProgressOptions
{
    /// <summary>Assessment versions the host declares to measure the same scales (an explicit mapping); empty means the same version only.</summary>
    public ImmutableArray<SemanticVersion> ComparableVersions { get; init; } = [];
}
