using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>Options of <see cref="ScoringPipeline.ScoreRows"/> and <see cref="ScoringPipeline.ScoreBatch"/>.</summary>
public sealed class BatchScoringOptions
{
    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly int _chunkSize = 1024;

    /// <summary>The default options.</summary>
    public static BatchScoringOptions Default { get; } = new();

    /// <summary>How many rows are scored at once (default: the processor count; 1 scores on the calling thread).</summary>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = Guard.InRange(value, 1, 1024);
    }

    /// <summary>
    /// Rows read ahead and scored together (default 1024, range 1-1,000,000). At most two chunks are in memory at a
    /// time, so memory stays flat however many rows there are.
    /// </summary>
    public int ChunkSize
    {
        get => _chunkSize;
        init => _chunkSize = Guard.InRange(value, 1, 1_000_000);
    }

    /// <summary>Stop at the first rejected row by throwing <see cref="BatchRowException"/> (default: go on and report it).</summary>
    public bool FailFast { get; init; }

    /// <summary>
    /// Values every row's scoring call gets (see <see cref="ScoringProperties"/>), such as recommendation preferences;
    /// none when <see langword="null"/>. Rows read them at the same time, so do not change them while a batch runs.
    /// </summary>
    /// <seealso cref="ItemImputation.AsProperties"/>
    public ScoringProperties? Properties { get; init; }
}
