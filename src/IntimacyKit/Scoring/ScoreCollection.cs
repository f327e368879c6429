using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace IntimacyKit.Scoring;

/// <summary>The scale or composite scores of a result, without allocation when enumerated.</summary>
public readonly struct ScoreCollection : IReadOnlyList<ScaleScore>
{
    private readonly AssessmentResult _result;
    private readonly int _start;

    internal ScoreCollection(AssessmentResult result, int start, int count)
    {
        _result = result;
        _start = start;
        Count = count;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public ScaleScore this[int index]
        => (uint)index < (uint)Count ? new ScaleScore(
            _result,
            _start + index) : throw new ArgumentOutOfRangeException(nameof(index), index, $"Value should be in range [0-{Count - 1}].");

    /// <summary>Returns an enumerator that allocates nothing.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<ScaleScore> IEnumerable<ScaleScore>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates scores.</summary>
    [SuppressMessage("Performance", "CA1815:Override equals and operator equals on value types", Justification = "An enumerator is never compared.")]
    public struct Enumerator : IEnumerator<ScaleScore>
    {
        private readonly ScoreCollection _collection;
        private int _index;

        internal Enumerator(ScoreCollection collection)
        {
            _collection = collection;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly ScaleScore Current => _collection[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _collection.Count;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
