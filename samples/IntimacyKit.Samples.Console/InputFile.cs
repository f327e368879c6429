namespace IntimacyKit.Samples.Console;

/// <summary>The one check every file the console reads goes through, so that every command words it the same way.</summary>
internal static class InputFile
{
    /// <summary>Throws a one-line usage error when <paramref name="file"/> is missing or is a folder.</summary>
    /// <param name="file">The file given.</param>
    /// <param name="option">The option that named it, such as <c>--answers</c>, or <see langword="null"/> for an argument.</param>
    /// <param name="text">The console's words, in the person's language.</param>
    public static void Check(FileInfo file, string? option, ConsoleText text)
    {
        var prefix = option is null ? string.Empty : option + ": ";
        if (Directory.Exists(file.FullName))
        {
            throw new UserException(text.Format(text.IsAFolder, prefix, file.FullName), ExitCodes.Usage);
        }

        if (!file.Exists)
        {
            throw new UserException(text.Format(text.NoSuchFile, prefix, file.FullName), ExitCodes.Usage);
        }
    }

    /// <summary>Runs <paramref name="read"/> on a checked file; a file that cannot be read (permissions, a device error) is one usage error.</summary>
    public static T Read<T>(FileInfo file, string? option, ConsoleText text, Func<string, T> read)
    {
        Check(file, option, text);
        try
        {
            return read(file.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var prefix = option is null ? string.Empty : option + ": ";
            throw new UserException(text.Format(text.CannotRead, prefix, file.FullName, exception.Message.TrimEnd('.')), ExitCodes.Usage);
        }
    }
}
