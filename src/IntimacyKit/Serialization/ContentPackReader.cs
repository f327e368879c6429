using System.Collections.Immutable;
using System.Text;
using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Serialization;

/// <summary>
/// Reads content packs from JSON safely: the size is capped before parsing, text must be UTF-8, nesting is bounded,
/// duplicate and unknown properties are rejected, nothing names a .NET type, and every problem is reported with
/// its JSON path, line and column. Instances are immutable and thread-safe.
/// </summary>
public sealed partial class ContentPackReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ContentPackReaderOptions _options;

    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Limits; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its allowed range.</exception>
    public ContentPackReader(ContentPackReaderOptions? options = null)
    {
        _options = options ?? new ContentPackReaderOptions();
        _options.Validate();
    }

    /// <summary>A reader with the default limits.</summary>
    public static ContentPackReader Default { get; } = new();

    /// <summary>Reads a pack from a stream of UTF-8 JSON.</summary>
    /// <param name="stream">The input; read to its end (or to the size cap) and not closed.</param>
    /// <param name="source">A file name or label used in problems.</param>
    /// <returns>The pack, or every problem found.</returns>
    public ContentLoadResult Read(Stream stream, string? source = null)
    {
        Guard.NotNull(stream);
        if (ExceedsCap(stream, source) is { } tooLarge)
        {
            return tooLarge;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBytes)
            {
                return TooLarge(source);
            }
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), source);
    }

    /// <summary>Reads a pack from a stream of UTF-8 JSON without blocking on I/O.</summary>
    /// <param name="stream">The input; read to its end (or to the size cap) and not closed.</param>
    /// <param name="source">A file name or label used in problems.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The pack, or every problem found.</returns>
    public async Task<ContentLoadResult> ReadAsync(Stream stream, string? source = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stream);
        if (ExceedsCap(stream, source) is { } tooLarge)
        {
            return tooLarge;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBytes)
            {
                return TooLarge(source);
            }
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), source);
    }

    /// <summary>Reads a pack from a file of UTF-8 JSON.</summary>
    /// <param name="path">The file; its path is used as the source in problems.</param>
    /// <returns>The pack, or every problem found.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public ContentLoadResult ReadFile(string path)
    {
        Guard.NotBlank(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a pack from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A file name or label used in problems.</param>
    /// <returns>The pack, or every problem found.</returns>
    public ContentLoadResult ReadJson(string json, string? source = null)
    {
        Guard.NotNull(json);
        return Encoding.UTF8.GetMaxByteCount(json.Length) > _options.MaxBytes && Encoding.UTF8.GetByteCount(json) > _options.MaxBytes
            ? TooLarge(source)
            : Parse(json, source);
    }

    /// <summary>Reads a pack from a stream, throwing when it is invalid.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">A file name or label used in problems.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ContentValidationException">The pack is invalid; every problem is listed.</exception>
    public ContentPack Load(Stream stream, string? source = null) => Read(stream, source).GetPackOrThrow();

    /// <summary>Reads a pack from a file, throwing when it is invalid.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ContentValidationException">The pack is invalid; every problem is listed.</exception>
    public ContentPack LoadFile(string path) => ReadFile(path).GetPackOrThrow();

    private ContentLoadResult? ExceedsCap(Stream stream, string? source)
        => stream.CanSeek && stream.Length - stream.Position > _options.MaxBytes ? TooLarge(source) : null;

    private ContentLoadResult TooLarge(string? source)
        => Failure(
            source,
            new ContentProblem(
                ContentProblemCodes.TooLarge,
                $"The input is larger than the {_options.MaxBytes:N0}-byte cap; split the pack or raise ContentPackReaderOptions.MaxBytes.",
                "$",
                source));

    private ContentLoadResult Read(ReadOnlySpan<byte> bytes, string? source)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            // A UTF-8 byte order mark is legal, and editors on Windows write one: skip it.
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith(Utf16LittleEndianMark) || bytes.StartsWith(Utf16BigEndianMark))
        {
            return Failure(
                source,
                new ContentProblem(ContentProblemCodes.Encoding, "The input starts with a UTF-16 byte order mark; save the pack as UTF-8.", "$", source, 1, 1));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            var offset = Math.Clamp(exception.Index, 0, bytes.Length);
            var before = bytes[..offset];
            var line = before.Count((byte)'\n') + 1;
            var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
            var bad = exception.BytesUnknown is { Length: > 0 } unknown ? $" 0x{unknown[0]:X2}" : string.Empty;
            return Failure(
                source,
                new ContentProblem(
                    ContentProblemCodes.Encoding,
                    $"Invalid UTF-8 byte{bad} at byte offset {offset}; save the pack as UTF-8.",
                    "$",
                    source,
                    line,
                    column));
        }

        return Parse(text, source);
    }

    private ContentLoadResult Parse(string text, string? source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failure(
                source,
                new ContentProblem(ContentProblemCodes.Syntax, "The input is empty; a content pack is a JSON object that starts with '{'.", "$", source, 1, 1));
        }

        if (!JsonText.TryParse(text, _options.MaxDepth, source, "the pack", out var root, out var problem))
        {
            return Failure(source, problem);
        }

        var binder = new JsonBinder(source);
        var pack = ContentPackJson.BindPack(root, binder);
        return pack is not null && binder.Problems.Count == 0
            ? new ContentLoadResult(pack, [], source)
            : new ContentLoadResult(null, [.. binder.Problems], source);
    }

    private static ContentLoadResult Failure(string? source, ContentProblem problem) => new(null, [problem], source);
}
