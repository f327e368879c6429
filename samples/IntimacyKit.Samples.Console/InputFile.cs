namespace IntimacyKit.Samples.Console;

/// <summary>The one check every file the console reads goes through, so that every command words it the same way.</summary>
internal static class InputFile
{
    /// <summary>Throws a one-line usage error when <paramref name="file"/> is missing or is a folder.</summary>
    /// <param name="file">The file given.</param>
    /// <param name="option">The option that named it, such as <c>--answers</c>, or <see langword="null"/> for an argument.</param>
    public static void Check(FileInfo file, string? option = null)
    {
        var prefix = option is null ? string.Empty : option + ": ";
        if (Directory.Exists(file.FullName))
        {
            throw new UserException($"{prefix}{file.FullName}: is a folder; give a file.", ExitCodes.Usage);
        }

        if (!file.Exists)
        {
            throw new UserException($"{prefix}{file.FullName}: no such file.", ExitCodes.Usage);
        }
    }
}
