namespace IntimacyKit.Samples.Console;

/// <summary>
/// Writes a file so that it is either complete or absent: into a temporary file beside it, then moved over it, readable
/// by its owner only (results, plans and scores hold personal and safety answers). Every way the target can be
/// unusable (no such folder, a folder in its place, read-only, no permission, a full disk) is one
/// <see cref="UserException"/> naming the path and what to do, in the person's words; if writing fails or is cancelled
/// (Ctrl+C), the temporary file is deleted and the target is left as it was.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, string contents, ConsoleText text) => Write(path, writer => writer.Write(contents), text);

    public static void Write(string path, Action<TextWriter> write, ConsoleText text)
    {
        var full = Check(path, text);
        // A fresh, unpredictable temporary name, created new: never an old file with other permissions.
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 1 << 16 };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(temporary, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UserException(text.Format(text.CannotWrite, full, exception.Message.TrimEnd('.')), ExitCodes.Usage);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>A name like <paramref name="stem"/>-20261130-0612.json that does not exist yet: a default never overwrites an earlier file.</summary>
    public static string FreshName(string stem, string extension, TimeProvider time)
    {
        var stamp = time.GetLocalNow().ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        var name = $"{stem}-{stamp}{extension}";
        for (var n = 2; File.Exists(name) || Directory.Exists(name); n++)
        {
            name = $"{stem}-{stamp}-{n}{extension}";
        }

        return name;
    }

    /// <summary>The full path, once it is known that a file can be written there.</summary>
    private static string Check(string path, ConsoleText text)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserException(text.NoFileName, ExitCodes.Usage);
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserException(text.Format(text.NotAFileName, path, exception.Message.TrimEnd('.')), ExitCodes.Usage);
        }

        if (Directory.Exists(full))
        {
            throw new UserException(text.Format(text.IsAFolderForFile, full), ExitCodes.Usage);
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new UserException(text.Format(text.NoSuchFolder, full, folder), ExitCodes.Usage);
        }

        if (File.Exists(full) && IsReadOnly(full))
        {
            throw new UserException(text.Format(text.ReadOnlyFile, full), ExitCodes.Usage);
        }

        return full;
    }

    private static bool IsReadOnly(string path)
        => File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            || (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0);
}
