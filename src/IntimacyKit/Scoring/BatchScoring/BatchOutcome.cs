using System.Collections.Immutable;

namespace IntimacyKit.Scoring;

/// <summary>What became of one <see cref="BatchRow"/>: its result, or why it was rejected.</summary>
public readonly struct BatchOutcome
{
    internal BatchOutcome(long line, string? rowId, AssessmentResult? result, string? problem, ImmutableArray<SafetyFlag> safetyFlags)
    {
        Line = line;
        RowId = rowId;
        Result = result;
        Problem = problem;
        SafetyFlags = safetyFlags.IsDefault ? [] : safetyFlags;
    }

    /// <summary>Where the row starts in its source (1-based).</summary>
    public long Line { get; }

    /// <summary>The row's own id, if it has one.</summary>
    public string? RowId { get; }

    /// <summary>The result, or <see langword="null"/> when the row was rejected.</summary>
    public AssessmentResult? Result { get; }

    /// <summary>Why the row was rejected (malformed, or not scorable: the message names the items and allowed ranges).</summary>
    public string? Problem { get; }

    /// <summary>Whether the row was scored.</summary>
    public bool IsScored => Result is not null;

    /// <summary>
    /// Safety flags, urgent first: the result's, or for a rejected row those its valid answers raised, so that a
    /// person who may be in danger is noticed even when their row cannot be scored.
    /// </summary>
    public ImmutableArray<SafetyFlag> SafetyFlags { get; }

    /// <inheritdoc />
    public override string ToString() => IsScored ? $"line {Line}: scored" : $"line {Line}: {Problem}";
}
