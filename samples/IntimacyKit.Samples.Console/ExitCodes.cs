namespace IntimacyKit.Samples.Console;

/// <summary>The exit codes of the intimacykit command, as documented in --help and docs/console.md.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The input is invalid: a pack with problems, answers that cannot be scored.</summary>
    public const int Invalid = 1;

    /// <summary>The command line is wrong, or a file cannot be read.</summary>
    public const int Usage = 2;

    /// <summary>A command this build cannot run on this machine: the fhir commands of the native build without a .NET runtime.</summary>
    public const int Unavailable = 69;

    /// <summary>Something went wrong inside the tool (a bug): one line on standard error points to a log file in the temp folder.</summary>
    public const int Internal = 70;

    /// <summary>Interrupted with Ctrl+C; no output file was left behind.</summary>
    public const int Interrupted = 130;
}
