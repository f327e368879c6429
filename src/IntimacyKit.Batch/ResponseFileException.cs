namespace IntimacyKit.Batch;

/// <summary>A response file cannot be read at all: its header names unknown columns, or its format is not supported.</summary>
public sealed class ResponseFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="line">The 1-based line where the problem is (1 for a header), or 0 for the file as a whole.</param>
    /// <param name="message">What is wrong and what is allowed.</param>
    public ResponseFileException(long line, string message)
        : base(line > 0 ? $"line {line}: {message}" : message)
    {
        Line = line;
        Problem = message;
    }

    /// <summary>The 1-based line where the problem is, or 0 for the file as a whole.</summary>
    public long Line { get; }

    /// <summary>What is wrong and what is allowed, without the line (which <see cref="Line"/> gives), for hosts that place it themselves.</summary>
    public string Problem { get; }
}
