using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// Reads the pack named by <c>--pack</c> on another core while the host starts (dependency injection and the command
/// line keep one core busy for some 60 ms in the JIT build), and builds its catalog and default pipeline there too;
/// the command then takes them instead of reading the pack itself. Only a read that succeeded, of the same file
/// unchanged since, is taken: anything else (no <c>--pack</c>, a file that cannot be read, an invalid pack, a file
/// written to meanwhile) is read again the usual way, so what a command says never depends on this.
/// </summary>
internal sealed class PackPrefetch
{
    private readonly string _path;
    private readonly Task<Prefetched?> _read;

    private PackPrefetch(string path)
    {
        _path = path;
        _read = Task.Run(() => Read(path));
    }

    /// <summary>Starts reading the pack the command line names, or returns <see langword="null"/> when it names none.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The read under way, or <see langword="null"/>.</returns>
    public static PackPrefetch? Start(IReadOnlyList<string> args)
    {
#if NATIVE_TOOL
        // The native build hands the fhir commands to its framework-dependent companion, which reads the pack itself.
        if (args.Count > 0 && args[0] == "fhir")
        {
            return null;
        }
#endif
        for (var i = 0; i < args.Count; i++)
        {
            // The forms System.CommandLine accepts: --pack FILE, --pack=FILE and --pack:FILE.
            var value = args[i] == "--pack" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--pack=", StringComparison.Ordinal) || args[i].StartsWith("--pack:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            if (!string.IsNullOrWhiteSpace(value) && !value.StartsWith('-'))
            {
                return IsFileToReadAhead(value, out var path) ? new PackPrefetch(path) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="value"/> names a file with something in it: never a pipe, a terminal or a device (a pipe
    /// reports no length, and reading one ahead would take what the command itself must read), nor a path the system
    /// refuses; the command then reads and reports it as usual.
    /// </summary>
    private static bool IsFileToReadAhead(string value, out string path)
    {
        path = string.Empty;
        try
        {
            path = Path.GetFullPath(value);
            var file = new FileInfo(path);
            return file.Exists && file.Length > 0;
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The catalog of <paramref name="file"/> as read ahead, when the read succeeded and the file is unchanged since.</summary>
    /// <param name="file">The file the command was given.</param>
    /// <param name="catalog">Its catalog.</param>
    /// <returns>Whether it was read ahead.</returns>
    public bool TryTake(FileInfo file, out ContentCatalog catalog)
    {
        catalog = null!;
        if (!string.Equals(file.FullName, _path, StringComparison.Ordinal) || _read.Result is not { } read)
        {
            return false;
        }

        file.Refresh();
        if (!file.Exists || file.Length != read.Length || file.LastWriteTimeUtc != read.LastWriteTimeUtc)
        {
            return false;
        }

        catalog = read.Catalog;
        return true;
    }

    /// <summary>The default pipeline (no recommender) built ahead for <paramref name="catalog"/>, when it is the catalog read ahead.</summary>
    /// <param name="catalog">The catalog a command scores with.</param>
    /// <returns>The pipeline, or <see langword="null"/>.</returns>
    public ScoringPipeline? PipelineFor(ContentCatalog catalog)
        => _read.IsCompletedSuccessfully && _read.Result is { } read && ReferenceEquals(read.Catalog, catalog) ? read.Pipeline : null;

    /// <summary>Waits for the read ahead to end (for tests that change the file after it).</summary>
    internal void WaitForRead() => _read.Wait();

    private static Prefetched? Read(string path)
    {
        try
        {
            var before = new FileInfo(path);
            var (length, written) = (before.Length, before.LastWriteTimeUtc);
            var result = ContentPackReader.Default.ReadFile(path);
            var after = new FileInfo(path);
            if (!result.Succeeded || after.Length != length || after.LastWriteTimeUtc != written)
            {
                // Invalid (the command reads it again for its error) or written to while it was read.
                return null;
            }

            var catalog = new ContentCatalog(result.Pack);
            return new Prefetched(length, written, catalog, new ScoringPipelineBuilder().AddDefaultStages().Build(catalog));
        }
#pragma warning disable CA1031 // a read ahead that fails for any reason is simply not taken: the command reads again and reports it
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>What was read ahead, with the file's length and time as they were before the read.</summary>
    private sealed record Prefetched(long Length, DateTime LastWriteTimeUtc, ContentCatalog Catalog, ScoringPipeline Pipeline);
}
