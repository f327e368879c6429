using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Support;

/// <summary>The outcome of reading a support directory: the directory, or every problem found.</summary>
public sealed class SupportDirectoryLoadResult
{
    internal SupportDirectoryLoadResult(SupportDirectory? directory, ImmutableArray<ContentProblem> problems)
    {
        Directory = directory;
        Problems = problems;
    }

    /// <summary>The directory, or <see langword="null"/> when there were problems.</summary>
    public SupportDirectory? Directory { get; }

    /// <summary>Every problem, each with its JSON path, line and column.</summary>
    public ImmutableArray<ContentProblem> Problems { get; }

    /// <summary>Whether the directory was read without problems.</summary>
    public bool Succeeded => Directory is not null;
}
