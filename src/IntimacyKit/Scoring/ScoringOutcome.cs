using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>
/// What scoring one response came to, without an exception: a result, or the problems that stopped it (NodaTime's
/// <c>ParseResult&lt;T&gt;</c> and Polly's <c>Outcome&lt;T&gt;</c> are the models). A refused response still carries the
/// safety flags its valid answers raise, so support comes first even then.
/// </summary>
public readonly struct ScoringOutcome
{
    private readonly ImmutableArray<ScoringProblem> _problems;
    private readonly ImmutableArray<SafetyFlag> _refusedFlags;

    private ScoringOutcome(AssessmentResult? result, ImmutableArray<ScoringProblem> problems, ImmutableArray<SafetyFlag> refusedFlags)
    {
        Result = result;
        _problems = problems;
        _refusedFlags = refusedFlags;
    }

    /// <summary>The result, or <see langword="null"/> when the response was refused.</summary>
    public AssessmentResult? Result { get; }

    /// <summary>Whether the response was scored.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    public bool IsScored => Result is not null;

    /// <summary>Why the response was refused, every problem with its item id; empty when it was scored (lenient warnings are on the result).</summary>
    public ImmutableArray<ScoringProblem> Problems => _problems.IsDefault ? [] : _problems;

    /// <summary>The safety flags raised: the result's, or, for a refused response, those its valid answers raise.</summary>
    public ImmutableArray<SafetyFlag> SafetyFlags => Result?.SafetyFlags ?? (_refusedFlags.IsDefault ? [] : _refusedFlags);

    /// <summary>Whether an urgent flag stands: show support before anything else.</summary>
    public bool RequiresSupportFirst => SafetyFlags is [{ Severity: SafetySeverity.Urgent }, ..];

    /// <summary>The result, or a <see cref="ScoringException"/> listing every problem (with the safety flags) when it was refused.</summary>
    /// <returns>The result.</returns>
    /// <exception cref="ScoringException">The response was refused.</exception>
    /// <exception cref="InvalidOperationException">The outcome is <c>default</c>, not one a pipeline returned.</exception>
    public AssessmentResult GetResultOrThrow() => Result ?? (_problems.IsDefaultOrEmpty
        ? throw new InvalidOperationException("This ScoringOutcome is the default value, not one a pipeline returned.")
        : throw new ScoringException(Problems, SafetyFlags));

    /// <summary>Gets the result.</summary>
    /// <param name="result">The result, when scored.</param>
    /// <returns>Whether the response was scored.</returns>
    public bool TryGetResult([NotNullWhen(true)] out AssessmentResult? result)
    {
        result = Result;
        return result is not null;
    }

    /// <inheritdoc />
    public override string ToString() => IsScored ? "scored" : string.Join("; ", Problems.Select(static p => p.ToString()));

    internal static ScoringOutcome Scored(AssessmentResult result) => new(result, [], []);

    internal static ScoringOutcome Refused(ImmutableArray<ScoringProblem> problems, ImmutableArray<SafetyFlag> safetyFlags) => new(null, problems, safetyFlags);
}
