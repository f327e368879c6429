using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>A safety rule with its item index and support resources resolved.</summary>
internal sealed record CompiledSafetyRule(
    SafetyRule Rule,
    int ItemIndex,
    ImmutableArray<SupportResource> Resources,
    ImmutableArray<SupportResource> UnansweredResources);
