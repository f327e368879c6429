using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>The answers an item accepts: whole numbers from <see cref="Min"/> to <see cref="Max"/>, each with a label.</summary>
public sealed class ResponseScale
{
    /// <summary>Creates a response scale.</summary>
    /// <param name="id">Stable kebab-case id, such as <c>agree-5</c>.</param>
    /// <param name="min">Lowest answer.</param>
    /// <param name="max">Highest answer; greater than <paramref name="min"/>.</param>
    /// <param name="labels">One label per point, from <paramref name="min"/> to <paramref name="max"/>.</param>
    public ResponseScale(string id, int min, int max, IEnumerable<string> labels)
    {
        Id = Guard.NotNull(id);
        Min = min;
        Max = max;
        Labels = Immutable.Copy(labels);
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Lowest answer.</summary>
    public int Min { get; }

    /// <summary>Highest answer.</summary>
    public int Max { get; }

    /// <summary>One label per point, from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Whether <paramref name="value"/> is an answer this scale accepts.</summary>
    /// <param name="value">The answer.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> lies in [<see cref="Min"/>, <see cref="Max"/>].</returns>
    public bool Contains(int value) => value >= Min && value <= Max;

    /// <summary>An answer keyed the other way, as a reverse-keyed item is scored: <see cref="Min"/> + <see cref="Max"/> - answer.</summary>
    /// <param name="answer">An answer in [<see cref="Min"/>, <see cref="Max"/>].</param>
    /// <returns>The reversed answer, also in [<see cref="Min"/>, <see cref="Max"/>].</returns>
    public int Reverse(int answer) => Reverse(Min, Max, answer);

    /// <summary>The one rule of reverse keying, for code that holds the scale's bounds rather than the scale.</summary>
    internal static int Reverse(int min, int max, int answer) => min + max - answer;

    /// <summary>The label of an answer.</summary>
    /// <param name="value">An answer in [<see cref="Min"/>, <see cref="Max"/>].</param>
    /// <returns>The label shown for that answer.</returns>
    public string LabelOf(int value)
    {
        Guard.InRange(value, Min, Max);
        return Labels[value - Min];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} [{Min}-{Max}]";
}
