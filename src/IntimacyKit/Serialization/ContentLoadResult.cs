using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using IntimacyKit.Content;

namespace IntimacyKit.Serialization;

/// <summary>The outcome of reading a content pack: the pack, or every problem found in it.</summary>
public sealed class ContentLoadResult
{
    internal ContentLoadResult(ContentPack? pack, ImmutableArray<ContentProblem> problems, string? source)
    {
        Pack = pack;
        Problems = problems;
        Source = source;
    }

    /// <summary>The pack, when reading succeeded.</summary>
    public ContentPack? Pack { get; }

    /// <summary>Every problem found; empty when reading succeeded.</summary>
    public ImmutableArray<ContentProblem> Problems { get; }

    /// <summary>The file name or label given to the reader, if any.</summary>
    public string? Source { get; }

    /// <summary>Whether the pack was read and is valid.</summary>
    [MemberNotNullWhen(true, nameof(Pack))]
    public bool Succeeded => Pack is not null;

    /// <summary>Returns the pack, or throws with every problem.</summary>
    /// <returns>The pack.</returns>
    /// <exception cref="ContentValidationException">Reading failed; the exception lists every problem.</exception>
    public ContentPack GetPackOrThrow() => Pack ?? throw new ContentValidationException(Problems);
}
