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
