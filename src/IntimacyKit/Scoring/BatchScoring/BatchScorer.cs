using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace IntimacyKit.Scoring;

/// <summary>
/// Streams rows through a pipeline in order-preserving chunks: a reader task reads chunk n + 1 while chunk n is
/// scored on the thread pool and the caller consumes chunk n - 1, so reading, scoring and writing overlap and at
/// most a handful of chunks are alive at a time.
/// </summary>
internal static class BatchScorer
{
    public static IEnumerable<BatchOutcome> Score(
        ScoringPipeline pipeline,
        IEnumerable<BatchRow> rows,
        BatchScoringOptions options,
        CancellationToken cancellationToken)
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

        // Reading, scoring and consuming overlap: a reader task fills chunks and starts scoring each on the thread pool,
        // while the caller consumes finished chunks in order. The queue is bounded, so memory stays flat.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<Task<BatchOutcome[]>>(ReadAhead);
        var reader = Task.Run(() => Produce(pipeline, source, options, queue, stop.Token), CancellationToken.None);
        try
        {
            foreach (var chunk in queue.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var outcome in chunk.GetAwaiter().GetResult())
                {
                    yield return Check(outcome, options);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            // A consumer that stops early (or fails fast) leaves no reading or scoring running behind it.
            stop.Cancel();
            reader.GetAwaiter().GetResult();
            while (queue.TryTake(out var left))
            {
                Drain(left);
            }
        }
    }

    /// <summary>Chunks read ahead of the one being consumed.</summary>
    private const int ReadAhead = 2;

    private static void Produce(
        ScoringPipeline pipeline,
        IEnumerator<BatchRow> source,
        BatchScoringOptions options,
        BlockingCollection<Task<BatchOutcome[]>> queue,
        CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var chunk = new List<BatchRow>(Math.Min(options.ChunkSize, 4096));
                Exception? failure = null;
                try
                {
                    while (chunk.Count < options.ChunkSize && source.MoveNext())
                    {
                        chunk.Add(source.Current);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The rows read before the error are still scored and delivered.
                    failure = exception;
                }

                if (chunk.Count > 0)
                {
                    var rows = chunk.ToArray();
                    queue.Add(Task.Run(() => ScoreChunk(pipeline, rows, options, CancellationToken.None), CancellationToken.None), stop);
                }

                if (failure is not null)
                {
                    queue.Add(Task.FromException<BatchOutcome[]>(failure), stop);
                    break;
                }

                if (chunk.Count < options.ChunkSize)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The consumer stopped.
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    public static async IAsyncEnumerable<BatchOutcome> ScoreAsync(
        ScoringPipeline pipeline,
        IAsyncEnumerable<BatchRow> rows,
        BatchScoringOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
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

    private static async Task<BatchOutcome[]> ScoreChunkAsync(
        ScoringPipeline pipeline,
        BatchRow[] chunk,
        BatchScoringOptions options,
        CancellationToken cancellationToken)
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

            outcomes[i] = Of(row, await pipeline.TryScoreAsync(response, options.Properties, token).ConfigureAwait(false));
        }).ConfigureAwait(false);
        return outcomes;
    }

    private static BatchOutcome ScoreOne(ScoringPipeline pipeline, in BatchRow row, BatchScoringOptions options)
    {
        if (row.Response is not { } response)
        {
            return new BatchOutcome(row.Line, row.RowId, null, row.Problem, []);
        }

        return Of(row, pipeline.TryScore(response, options.Properties));
    }

    /// <summary>A row's outcome; a refused row gives every problem on one line, as a batch reports each row on one line.</summary>
    private static BatchOutcome Of(in BatchRow row, ScoringOutcome outcome) => outcome.TryGetResult(out var result)
        ? new BatchOutcome(row.Line, row.RowId, result, null, result.SafetyFlags)
        : new BatchOutcome(row.Line, row.RowId, null, outcome.ToString(), outcome.SafetyFlags);

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
