namespace IntimacyKit.Batch;

/// <summary>Options of <see cref="ResponseReader"/>.</summary>
public sealed class ResponseReaderOptions
{
    /// <summary>The default options.</summary>
    public static ResponseReaderOptions Default { get; } = new();

    /// <summary>
    /// The relationship kind of rows that do not name one (a CSV <c>relationship</c> column or a JSON
    /// <c>relationship</c> property); the catalog's first kind when <see langword="null"/>.
    /// </summary>
    public string? RelationshipKind { get; init; }

    /// <summary>The completion time given to every response; the time reading starts when <see langword="null"/>.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Where the reading time comes from when <see cref="CompletedAt"/> is not set (default <see cref="TimeProvider.System"/>).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
