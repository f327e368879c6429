namespace IntimacyKit.Scoring;

/// <summary>A batch scored with <see cref="BatchScoringOptions.FailFast"/> stopped at a rejected row.</summary>
public sealed class BatchRowException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="outcome">The rejected row.</param>
    public BatchRowException(BatchOutcome outcome)
        : base($"Line {outcome.Line}{(outcome.RowId is { } id ? $" (row '{id}')" : string.Empty)}: {outcome.Problem}")
    {
        Outcome = outcome;
    }

    /// <summary>The rejected row.</summary>
    public BatchOutcome Outcome { get; }

    /// <summary>Where the row starts (1-based).</summary>
    public long Line => Outcome.Line;
}
