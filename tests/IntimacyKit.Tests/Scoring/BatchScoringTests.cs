using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Scoring;

public class BatchScoringTests
{
    private static readonly ScoringPipeline Pipeline = ScoringPacks.Pipeline(ScoringPacks.Create());

    /// <summary>Responses with varied answers; every 7th has an out-of-range value (rejected by strict validation).</summary>
    private static IEnumerable<AssessmentResponse> Responses(int count)
    {
        for (var i = 0; i < count; i++)
        {
            int V(int k) => ((i * 7) + (k * 3)) % 5 + 1;
            yield return ScoringPacks.Response(("a1", V(1)), ("a2", V(2)), ("a3", i % 7 == 6 ? 9 : V(3)), ("a4", V(4)), ("b1", V(5)), ("b2", null), ("b3", V(6)), ("b4", V(7)));
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(4, 64)]
    [InlineData(8, 1024)]
    public void ScoreBatch_AnyParallelismAndChunkSize_SameOutcomesAsOneByOne_InInputOrder(int parallelism, int chunk)
    {
        var responses = Responses(2_000).ToList();
        var options = new BatchScoringOptions { MaxDegreeOfParallelism = parallelism, ChunkSize = chunk };

        var outcomes = Pipeline.ScoreBatch(responses, options).ToList();

        outcomes.Select(o => o.Line).Should().Equal(Enumerable.Range(1, 2_000).Select(i => (long)i));
        for (var i = 0; i < responses.Count; i++)
        {
            if (i % 7 == 6)
            {
                outcomes[i].IsScored.Should().BeFalse();
                outcomes[i].Problem.Should().Contain("a3").And.Contain("[1-5]");
            }
            else
            {
                AssessmentResultSerializer.ToJson(outcomes[i].Result!).Should().Be(AssessmentResultSerializer.ToJson(Pipeline.Score(responses[i])), $"row {i + 1}");
            }
        }
    }

    [Fact]
    public void ScoreRows_MalformedRows_BecomeRejectedOutcomesWithTheirLine_AndTheBatchGoesOn()
    {
        var rows = new[]
        {
            BatchRow.Of(2, ScoringPacks.Response(("a1", 3), ("a2", 3), ("a3", 3), ("a4", 3)), "first"),
            BatchRow.Malformed(3, "column 'a1': 'x' is not a whole number.", "second"),
            BatchRow.Of(4, ScoringPacks.Response(("a1", 1), ("a2", 1), ("a3", 1), ("a4", 1)), "third"),
        };
        var summary = new BatchSummary();

        var outcomes = Pipeline.ScoreRows(rows, new BatchScoringOptions { ChunkSize = 2 }).ToList();
        foreach (var outcome in outcomes)
        {
            summary.Add(outcome);
        }

        outcomes.Select(o => (o.Line, o.RowId, o.IsScored)).Should().Equal((2L, "first", true), (3L, "second", false), (4L, "third", true));
        outcomes[1].Problem.Should().Be("column 'a1': 'x' is not a whole number.");
        summary.ToString().Should().Be("3 rows read, 2 scored, 1 rejected");
        (summary.Read, summary.Scored, summary.Rejected).Should().Be((3L, 2L, 1L));
    }

    [Fact]
    public void ScoreBatch_FailFast_YieldsTheRowsBeforeAndStopsAtTheFirstRejected()
    {
        var seen = new List<long>();
        var act = () =>
        {
            foreach (var outcome in Pipeline.ScoreBatch(Responses(100), new BatchScoringOptions { FailFast = true, ChunkSize = 4 }))
            {
                seen.Add(outcome.Line);
            }
        };

        act.Should().Throw<BatchRowException>().Where(e => e.Line == 7).WithMessage("Line 7: *a3*[1-5]*");
        seen.Should().Equal(1, 2, 3, 4, 5, 6);
    }

    [Fact]
    public void ScoreBatch_ReadsOnlyAFewChunksAhead_SoMemoryIsFlat()
    {
        var pulled = 0;
        IEnumerable<AssessmentResponse> Source()
        {
            foreach (var response in Responses(1_000_000))
            {
                Interlocked.Increment(ref pulled);
                yield return response;
            }
        }

        var maxAhead = 0;
        var consumed = 0;
        foreach (var outcome in Pipeline.ScoreBatch(Source(), new BatchScoringOptions { ChunkSize = 100 }).Take(5_000))
        {
            consumed++;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref pulled) - consumed);
        }

        consumed.Should().Be(5_000);
        pulled = Volatile.Read(ref pulled);
        maxAhead.Should().BeLessThanOrEqualTo(400, "two chunks wait in the queue while the next is read and one is consumed");
        pulled.Should().BeLessThanOrEqualTo(5_400, "stopping early stops reading");
    }

    [Fact]
    public void ScoreRows_SourceThrowsAfterSomeRows_TheRowsBeforeComeFirstThenTheError()
    {
        IEnumerable<BatchRow> Source()
        {
            for (var i = 1; i <= 250; i++)
            {
                yield return BatchRow.Of(i, ScoringPacks.Response(("a1", 3)));
            }

            throw new InvalidDataException("bad header at line 251");
        }

        var seen = 0;
        var act = () =>
        {
            foreach (var outcome in Pipeline.ScoreRows(Source(), new BatchScoringOptions { ChunkSize = 100 }))
            {
                seen++;
            }
        };

        act.Should().Throw<InvalidDataException>().WithMessage("bad header at line 251");
        seen.Should().Be(250, "every row read before the error is scored and delivered");
    }

    [Fact]
    public void ScoreBatch_UrgentSafetyAnswerInARejectedRow_StillCarriesTheFlag()
    {
        var response = ScoringPacks.Response(("a1", 9), ("danger", 5));

        var outcome = Pipeline.ScoreBatch([response]).Single();
        var summary = new BatchSummary();
        summary.Add(outcome);

        outcome.IsScored.Should().BeFalse();
        outcome.SafetyFlags.Select(f => f.Flag).Should().Equal("current-harm", "possible-harm");
        summary.Urgent.Should().Be(1);
    }

    [Fact]
    public async Task ScoreBatchAsync_AsynchronousStage_AwaitsItForEveryRow_InOrder()
    {
        var calls = 0;
        var pipeline = new ScoringPipelineBuilder()
            .AddDefaultStages()
            .InsertAfter(ScoringStageNames.Bands, ScoringStage.CreateAsync("remote", async (context, token) =>
            {
                await Task.Delay(1, token);
                Interlocked.Increment(ref calls);
                return StageFlow.Continue;
            }))
            .Build(new ContentCatalog(ScoringPacks.Create()));

        var outcomes = new List<BatchOutcome>();
        await foreach (var outcome in pipeline.ScoreBatchAsync(Responses(300).ToAsyncEnumerable(), new BatchScoringOptions { ChunkSize = 50 }))
        {
            outcomes.Add(outcome);
        }

        outcomes.Select(o => o.Line).Should().Equal(Enumerable.Range(1, 300).Select(i => (long)i));
        calls.Should().Be(outcomes.Count(o => o.IsScored)).And.Be(300 - (300 / 7));
        pipeline.Invoking(p => p.ScoreBatch(Responses(1))).Should().Throw<InvalidOperationException>().WithMessage("*asynchronous stages (remote)*ScoreBatchAsync*");
    }

    [Fact]
    public async Task ScoreBatchAsync_SynchronousPipeline_SameAsScoreBatch()
    {
        var sync = Pipeline.ScoreBatch(Responses(500)).Select(o => o.Result is { } r ? AssessmentResultSerializer.ToJson(r) : o.Problem).ToList();
        var async = new List<string?>();
        await foreach (var outcome in Pipeline.ScoreBatchAsync(Responses(500).ToAsyncEnumerable()))
        {
            async.Add(outcome.Result is { } r ? AssessmentResultSerializer.ToJson(r) : outcome.Problem);
        }

        async.Should().Equal(sync);
    }

    [Fact]
    public void ScoreBatch_Cancelled_StopsBetweenChunks()
    {
        using var cancel = new CancellationTokenSource();
        var count = 0;
        var act = () =>
        {
            foreach (var outcome in Pipeline.ScoreBatch(Responses(10_000), new BatchScoringOptions { ChunkSize = 100 }, cancel.Token))
            {
                if (++count == 150)
                {
                    cancel.Cancel();
                }
            }
        };

        act.Should().Throw<OperationCanceledException>();
        count.Should().BeLessThan(400);
    }

    [Fact]
    public void Options_OutOfRange_NameTheAllowedRange()
    {
        var act = () => new BatchScoringOptions { ChunkSize = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*[1-1000000]*");
        new Action(() => _ = new BatchScoringOptions { MaxDegreeOfParallelism = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*[1-1024]*");
    }
}
