using System.Runtime.CompilerServices;

namespace IntimacyKit.Scoring;

/// <summary>
/// Streams rows through a pipeline in order-preserving chunks: the caller's thread reads chunk n + 1 (and consumes
/// the outcomes of chunk n - 1) while chunk n is scored on the thread pool, so reading, scoring and writing overlap
/// and at most two chunks are alive at a time.
/// </summary>
internal static class BatchScorer
{
    public static IEnumerable<BatchOutcome> Score(ScoringPipeline pipeline, IEnumerable<BatchRow> rows, BatchScoringOptions options, CancellationToken cancellationToken)
    {
        using var source = rows.GetEnumerator();
        if (options.MaxDegreeOfParallelism == 1)
        {
            while (source.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Check(ScoreOne(pipeline, source.Current, options), options);
            }

            yield break;
        }

        Task<BatchOutcome[]>? pending = null;
        try
        {
            while (true)
            {
                var chunk = ReadChunk(source, options.ChunkSize, cancellationToken);
                var next = chunk.Length == 0 ? null : Task.Run(() => ScoreChunk(pipeline, chunk, options, cancellationToken), cancellationToken);
                if (pending is not null)
                {
                    foreach (var outcome in pending.GetAwaiter().GetResult())
                    {
                        yield return Check(outcome, options);
                    }
                }

                pending = next;
                if (pending is null)
                {
                    yield break;
                }
            }
        }
        finally
        {
            // A consumer that stops early (or fails fast) leaves no scoring running behind it.
            Drain(pending);
        }
    }

    public static async IAsyncEnumerable<BatchOutcome> ScoreAsync(ScoringPipeline pipeline, IAsyncEnumerable<BatchRow> rows, BatchScoringOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = rows.GetAsyncEnumerator(cancellationToken);
        await using (source.ConfigureAwait(false))
        {
            Task<BatchOutcome[]>? pending = null;
            try
            {
                while (true)
                {
                    var chunk = new List<BatchRow>(Math.Min(options.ChunkSize, 4096));
                    while (chunk.Count < options.ChunkSize && await source.MoveNextAsync().ConfigureAwait(false))
                    {
                        chunk.Add(source.Current);
                    }

                    var rowsOfChunk = chunk.ToArray();
                    var next = rowsOfChunk.Length == 0 ? null : ScoreChunkAsync(pipeline, rowsOfChunk, options, cancellationToken);
                    if (pending is not null)
                    {
                        foreach (var outcome in await pending.ConfigureAwait(false))
                        {
                            yield return Check(outcome, options);
                        }
                    }

                    pending = next;
                    if (pending is null)
                    {
                        yield break;
                    }
                }
            }
            finally
            {
                Drain(pending);
            }
        }
    }

    private static BatchRow[] ReadChunk(IEnumerator<BatchRow> source, int size, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var chunk = new List<BatchRow>(Math.Min(size, 4096));
        while (chunk.Count < size && source.MoveNext())
        {
            chunk.Add(source.Current);
        }

        return chunk.ToArray();
    }

    private static BatchOutcome[] ScoreChunk(ScoringPipeline pipeline, BatchRow[] chunk, BatchScoringOptions options, CancellationToken cancellationToken)
    {
        var outcomes = new BatchOutcome[chunk.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };

        // Ranges rather than single rows: a row takes about a microsecond, less than scheduling one would.
        var step = Math.Max(16, chunk.Length / (options.MaxDegreeOfParallelism * 4));
        Parallel.For(0, (chunk.Length + step - 1) / step, parallel, part =>
        {
            var end = Math.Min(chunk.Length, (part + 1) * step);
            for (var i = part * step; i < end; i++)
            {
                outcomes[i] = ScoreOne(pipeline, chunk[i], options);
            }
        });
        return outcomes;
    }

    private static async Task<BatchOutcome[]> ScoreChunkAsync(ScoringPipeline pipeline, BatchRow[] chunk, BatchScoringOptions options, CancellationToken cancellationToken)
    {
        if (!pipeline.HasAsynchronousStages)
        {
            return await Task.Run(() => ScoreChunk(pipeline, chunk, options, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        var outcomes = new BatchOutcome[chunk.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, chunk.Length, parallel, async (i, token) =>
        {
            var row = chunk[i];
            if (row.Response is not { } response)
            {
                outcomes[i] = new BatchOutcome(row.Line, row.RowId, null, row.Problem, []);
                return;
            }

            try
            {
                var result = await pipeline.ScoreAsync(response, options.Preferences, token).ConfigureAwait(false);
                outcomes[i] = new BatchOutcome(row.Line, row.RowId, result, null, result.SafetyFlags);
            }
            catch (ScoringException exception)
            {
                outcomes[i] = new BatchOutcome(row.Line, row.RowId, null, exception.Message, exception.SafetyFlags);
            }
        }).ConfigureAwait(false);
        return outcomes;
    }

    private static BatchOutcome ScoreOne(ScoringPipeline pipeline, in BatchRow row, BatchScoringOptions options)
    {
        if (row.Response is not { } response)
        {
            return new BatchOutcome(row.Line, row.RowId, null, row.Problem, []);
        }

        try
        {
            var result = pipeline.Score(response, options.Preferences);
            return new BatchOutcome(row.Line, row.RowId, result, null, result.SafetyFlags);
        }
        catch (ScoringException exception)
        {
            return new BatchOutcome(row.Line, row.RowId, null, exception.Message, exception.SafetyFlags);
        }
    }

    private static BatchOutcome Check(BatchOutcome outcome, BatchScoringOptions options) =>
        options.FailFast && !outcome.IsScored ? throw new BatchRowException(outcome) : outcome;

    private static void Drain(Task<BatchOutcome[]>? pending)
    {
        if (pending is { IsCompleted: false })
        {
            try
            {
                pending.Wait();
            }
            catch (AggregateException)
            {
                // Its outcomes are no longer wanted; the consumer's own exception (if any) is the one that matters.
            }
        }
    }
}
