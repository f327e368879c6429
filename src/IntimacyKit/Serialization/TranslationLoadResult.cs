using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using IntimacyKit.Content;

namespace IntimacyKit.Serialization;

/// <summary>A translation file read: the translation, or every problem with its path and line.</summary>
public sealed class TranslationLoadResult
{
    internal TranslationLoadResult(TranslationPack? translation, ImmutableArray<ContentProblem> problems)
    {
        Translation = translation;
        Problems = problems;
    }

    /// <summary>The translation, or <see langword="null"/> when it has problems.</summary>
    public TranslationPack? Translation { get; }

    /// <summary>Every problem, with its JSON path and line.</summary>
    public ImmutableArray<ContentProblem> Problems { get; }

    /// <summary>Whether the file was read without a problem.</summary>
    [MemberNotNullWhen(true, nameof(Translation))]
    public bool Succeeded => Translation is not null;

    /// <summary>The translation, or a <see cref="ContentValidationException"/> listing every problem.</summary>
    /// <returns>The translation.</returns>
    public TranslationPack GetTranslationOrThrow() => Translation ?? throw new ContentValidationException(Problems);
}
