namespace IntimacyKit.Samples.Console;

/// <summary>A user mistake: one readable line, no stack trace.</summary>
internal sealed class UserException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
