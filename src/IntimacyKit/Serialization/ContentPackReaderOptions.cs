namespace IntimacyKit.Serialization;

/// <summary>Limits that keep reading untrusted content packs safe.</summary>
public sealed class ContentPackReaderOptions
{
    /// <summary>The default size cap: 4 MiB.</summary>
    public const long DefaultMaxBytes = 4 * 1024 * 1024;

    /// <summary>The largest size cap that can be configured: 256 MiB.</summary>
    public const long MaxAllowedBytes = 256 * 1024 * 1024;

    /// <summary>The largest input, in bytes, that is read at all; larger input is rejected before parsing. Range [1, 256 MiB].</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The deepest nesting of objects and arrays accepted. The format needs 6; the default is 32. Range [8, 64].</summary>
    public int MaxDepth { get; init; } = 32;

    internal void Validate()
    {
        if (MaxBytes < 1 || MaxBytes > MaxAllowedBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, $"Value should be in range [1-{MaxAllowedBytes}].");
        }

        if (MaxDepth < 8 || MaxDepth > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, "Value should be in range [8-64].");
        }
    }
}
