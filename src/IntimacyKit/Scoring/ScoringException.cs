using System.Collections.Immutable;
using System.Text;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>Thrown when a response cannot be scored as given; lists every problem, each with its item id and the allowed range.</summary>
public sealed class ScoringException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public ScoringException(IEnumerable<ScoringProblem> problems)
        : this(Immutable.Copy(problems), [])
    {
    }

    internal ScoringException(IEnumerable<ScoringProblem> problems, ImmutableArray<SafetyFlag> safetyFlags)
        : this(Immutable.Copy(problems), safetyFlags)
    {
    }

    private ScoringException(ImmutableArray<ScoringProblem> problems, ImmutableArray<SafetyFlag> safetyFlags)
        : base(Describe(problems))
    {
        Problems = problems;
        SafetyFlags = safetyFlags;
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<ScoringProblem> Problems { get; }

    /// <summary>
    /// Safety flags raised by the valid answers of the rejected response, urgent first. Safety comes first: a host
    /// that cannot score a response still shows support when one of these is urgent.
    /// </summary>
    public ImmutableArray<SafetyFlag> SafetyFlags { get; }

    /// <summary>Whether an urgent safety flag was raised by the valid answers.</summary>
    public bool RequiresSupportFirst => !SafetyFlags.IsEmpty && SafetyFlags[0].Severity == Content.SafetySeverity.Urgent;

    private static string Describe(ImmutableArray<ScoringProblem> problems)
    {
        var text = new StringBuilder("The response cannot be scored: ").Append(problems.Length).Append(problems.Length == 1 ? " problem." : " problems.");
        foreach (var problem in problems)
        {
            text.AppendLine().Append("  ").Append(problem);
        }

        return text.ToString();
    }
}

/// <summary>One problem with a response: thrown in a <see cref="ScoringException"/>, or kept as a warning on the result (lenient validation, notes from custom stages).</summary>
public sealed class ScoringProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">Stable code from <see cref="ScoringProblemCodes"/>.</param>
    /// <param name="message">What is wrong and what is allowed.</param>
    /// <param name="itemId">The item concerned, if any.</param>
    public ScoringProblem(string code, string message, string? itemId = null)
    {
        Code = Guard.NotNull(code);
        Message = Guard.NotNull(message);
        ItemId = itemId;
    }

    /// <summary>Stable code from <see cref="ScoringProblemCodes"/>.</summary>
    public string Code { get; }

    /// <summary>What is wrong and what is allowed.</summary>
    public string Message { get; }

    /// <summary>The item concerned, or <see langword="null"/>.</summary>
    public string? ItemId { get; }

    /// <inheritdoc />
    public override string ToString() => ItemId is null ? Message : $"{ItemId}: {Message}";
}

/// <summary>The stable codes of <see cref="ScoringProblem.Code"/> and of validation warnings.</summary>
public static class ScoringProblemCodes
{
    /// <summary>The response names an assessment the catalog does not have.</summary>
    public const string UnknownAssessment = "unknown-assessment";

    /// <summary>The response is for another version of the assessment.</summary>
    public const string WrongVersion = "wrong-version";

    /// <summary>The response names a relationship kind the catalog does not have.</summary>
    public const string UnknownRelationshipKind = "unknown-relationship-kind";

    /// <summary>An answer names an item the assessment does not have.</summary>
    public const string UnknownItem = "unknown-item";

    /// <summary>A value lies outside the response scale.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>An item is answered more than once.</summary>
    public const string DuplicateAnswer = "duplicate-answer";

    /// <summary>"Does not apply" was given for an item that does not offer it.</summary>
    public const string NotApplicableRefused = "not-applicable-refused";
}
