using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>
/// One row of a batch: a response to score, or a row a reader could not turn into one (with the reason), each with
/// the line it came from so that problems can be reported where they are.
/// </summary>
public readonly struct BatchRow
{
    private BatchRow(long line, string? rowId, AssessmentResponse? response, string? problem)
    {
        Line = line;
        RowId = rowId;
        Response = response;
        Problem = problem;
    }

    /// <summary>Where the row starts in its source: the 1-based line of a file, or the 1-based position in a sequence.</summary>
    public long Line { get; }

    /// <summary>The row's own id (a CSV <c>id</c> column, a JSON <c>id</c> property), if it has one.</summary>
    public string? RowId { get; }

    /// <summary>The response, or <see langword="null"/> when the row is malformed.</summary>
    public AssessmentResponse? Response { get; }

    /// <summary>Why the row could not be read, or <see langword="null"/> when it was.</summary>
    public string? Problem { get; }

    /// <summary>Whether the row could not be read.</summary>
    public bool IsMalformed => Response is null;

    /// <summary>A row that was read into a response.</summary>
    /// <param name="line">Where it starts (1-based).</param>
    /// <param name="response">The response.</param>
    /// <param name="rowId">The row's id, if any; the response's respondent id when <see langword="null"/>.</param>
    /// <returns>The row.</returns>
    public static BatchRow Of(long line, AssessmentResponse response, string? rowId = null) =>
        new(line, rowId ?? Guard.NotNull(response).RespondentId, Guard.NotNull(response), null);

    /// <summary>A row that could not be read.</summary>
    /// <param name="line">Where it starts (1-based).</param>
    /// <param name="problem">What is wrong, naming the column or property.</param>
    /// <param name="rowId">The row's id, if it could be read.</param>
    /// <returns>The row.</returns>
    public static BatchRow Malformed(long line, string problem, string? rowId = null) => new(line, rowId, null, Guard.NotBlank(problem));

    /// <inheritdoc />
    public override string ToString() => IsMalformed ? $"line {Line}: {Problem}" : $"line {Line}: {Response!.AssessmentId} ({Response.Answers.Length} answers)";
}
