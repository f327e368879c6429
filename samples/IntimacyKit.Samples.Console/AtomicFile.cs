namespace IntimacyKit.Samples.Console;

/// <summary>
/// Writes a file so that it is either complete or absent: into a temporary file beside it, then moved over it, readable
/// by its owner only (results, plans and scores hold personal and safety answers). Every way the target can be
/// unusable (no such folder, a folder in its place, read-only, no permission, a full disk) is one
/// <see cref="UserException"/> naming the path and what to do; if writing fails or is cancelled (Ctrl+C), the
/// temporary file is deleted and the target is left as it was.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, string contents) => Write(path, writer => writer.Write(contents));

    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Check(path);
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
            throw new UserException($"{full}: cannot write it ({exception.Message.TrimEnd('.')}); choose another place.", ExitCodes.Usage);
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
    private static string Check(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserException("no file name given; give a file name.", ExitCodes.Usage);
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserException($"{path}: not a usable file name ({exception.Message.TrimEnd('.')}).", ExitCodes.Usage);
        }

        if (Directory.Exists(full))
        {
            throw new UserException($"{full}: is a folder; give a file name inside it.", ExitCodes.Usage);
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new UserException($"{full}: the folder {folder} does not exist; create it first or choose another place.", ExitCodes.Usage);
        }

        if (File.Exists(full) && IsReadOnly(full))
        {
            throw new UserException($"{full}: the file is read-only and is left as it is; choose another name.", ExitCodes.Usage);
        }

        return full;
    }

    private static bool IsReadOnly(string path)
        => File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            || (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0);
}
