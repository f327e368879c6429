using System.Collections.Immutable;
using System.Text;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>Thrown when content is invalid; carries every problem found, each with its path and, when read from JSON, line and column.</summary>
public sealed class ContentValidationException : Exception
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public ContentValidationException(IEnumerable<ContentProblem> problems)
        : this(Immutable.Copy(problems))
    {
    }

    private ContentValidationException(ImmutableArray<ContentProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<ContentProblem> Problems { get; }

    private static string Describe(ImmutableArray<ContentProblem> problems)
    {
        var text = new StringBuilder();
        text.Append("Content is invalid: ").Append(problems.Length).Append(problems.Length == 1 ? " problem." : " problems.");
        for (var i = 0; i < Math.Min(problems.Length, ProblemsInMessage); i++)
        {
            text.AppendLine().Append("  ").Append(problems[i]);
        }

        if (problems.Length > ProblemsInMessage)
        {
            text.AppendLine().Append("  ... and ").Append(problems.Length - ProblemsInMessage).Append(" more (see Problems).");
        }

        return text.ToString();
    }
}
