using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Scoring.Stages;

namespace IntimacyKit.Scoring;

/// <summary>
/// Turns responses into explained results by running its stages in order. Built once by
/// <see cref="ScoringPipelineBuilder"/>; immutable and thread-safe, so one instance serves every call.
/// </summary>
public sealed class ScoringPipeline
{
    private readonly ScoringStage[] _stages;
    private readonly ScoringStage[] _run;
    private readonly CompiledAssessment[] _assessments;
    private readonly string[] _relationshipKinds;
    private readonly bool _hasAsynchronousStages;

    [ThreadStatic]
    private static ScoringContext? t_context;

    internal ScoringPipeline(ContentCatalog catalog, ScoringStage[] stages, bool fuse = true)
    {
        Catalog = catalog;
        _stages = stages;
        // What runs: the stages as given, or with the built-in scoring stages fused into one pass where they stand
        // together, unreplaced and in their default order (DefaultStagesFused); results are the same either way.
        _run = fuse ? DefaultStagesFused.Fuse(stages) : stages;
        StageNames = [.. stages.Select(static s => s.Name)];
        _hasAsynchronousStages = stages.Any(static s => s.IsAsynchronous);
        _assessments = [.. catalog.Assessments.Select(a => new CompiledAssessment(a, catalog))];
        _relationshipKinds = [.. catalog.RelationshipKinds.Select(static k => k.Id)];
    }

    /// <summary>The catalog whose assessments this pipeline scores.</summary>
    public ContentCatalog Catalog { get; }

    /// <summary>The names of the stages, in the order they run.</summary>
    public ImmutableArray<string> StageNames { get; }

    /// <summary>The same stages, run one by one (for tests that compare the fused path with them).</summary>
    internal ScoringPipeline WithoutFusion() => new(Catalog, _stages, fuse: false);

    /// <summary>Whether the built-in scoring stages run fused into one pass (an optimisation the builder picks).</summary>
    internal bool IsFused => _run.Length != _stages.Length;

    /// <summary>Whether a stage is asynchronous, so that only <see cref="ScoreAsync"/> can run the pipeline.</summary>
    internal bool HasAsynchronousStages => _hasAsynchronousStages;

    /// <summary>
    /// Scores a stream of rows with this pipeline, in parallel where that helps, yielding one outcome per row in the
    /// order of the input. Memory stays flat: rows are read a chunk ahead (<see cref="BatchScoringOptions.ChunkSize"/>)
    /// and nothing else is kept. Malformed and unscorable rows become rejected outcomes with their line, unless
    /// <see cref="BatchScoringOptions.FailFast"/> is set.
    /// </summary>
    /// <param name="rows">The rows, read once, on the enumerating thread.</param>
    /// <param name="options">Options; <see cref="BatchScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the batch between chunks.</param>
    /// <returns>The outcomes, lazily, in input order.</returns>
    /// <exception cref="BatchRowException">Fail-fast is set and a row was rejected (thrown while enumerating).</exception>
    /// <exception cref="InvalidOperationException">The pipeline has an asynchronous stage; use <see cref="ScoreRowsAsync"/>.</exception>
    public IEnumerable<BatchOutcome> ScoreRows(IEnumerable<BatchRow> rows, BatchScoringOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(rows);
        if (_hasAsynchronousStages)
        {
            throw new InvalidOperationException("This pipeline has asynchronous stages "
                + $"({string.Join(", ", _stages.Where(static s => s.IsAsynchronous).Select(static s => s.Name))}); score with ScoreRowsAsync or "
                    + "ScoreBatchAsync.");
        }

        return BatchScorer.Score(this, rows, options ?? BatchScoringOptions.Default, cancellationToken);
    }

    /// <summary>Scores a stream of responses; each outcome's line is the response's 1-based position.</summary>
    /// <param name="responses">The responses.</param>
    /// <param name="options">Options; <see cref="BatchScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the batch between chunks.</param>
    /// <returns>The outcomes, lazily, in input order.</returns>
    public IEnumerable<BatchOutcome> ScoreBatch(
        IEnumerable<AssessmentResponse> responses,
        BatchScoringOptions? options = null,
        CancellationToken cancellationToken = default) =>
        ScoreRows(Guard.NotNull(responses).Select(static (response, i) => BatchRow.Of(i + 1L, response)), options, cancellationToken);

    /// <summary>
    /// Scores an asynchronous stream of rows, awaiting asynchronous stages, in parallel and in input order, with
    /// memory flat in the number of rows.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="options">Options; <see cref="BatchScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading and scoring.</param>
    /// <returns>The outcomes, in input order.</returns>
    /// <exception cref="BatchRowException">Fail-fast is set and a row was rejected.</exception>
    public IAsyncEnumerable<BatchOutcome> ScoreRowsAsync(
        IAsyncEnumerable<BatchRow> rows,
        BatchScoringOptions? options = null,
        CancellationToken cancellationToken = default) =>
        BatchScorer.ScoreAsync(this, Guard.NotNull(rows), options ?? BatchScoringOptions.Default, cancellationToken);

    /// <summary>Scores an asynchronous stream of responses; each outcome's line is the response's 1-based position.</summary>
    /// <param name="responses">The responses.</param>
    /// <param name="options">Options; <see cref="BatchScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading and scoring.</param>
    /// <returns>The outcomes, in input order.</returns>
    public IAsyncEnumerable<BatchOutcome> ScoreBatchAsync(
        IAsyncEnumerable<AssessmentResponse> responses,
        BatchScoringOptions? options = null,
        CancellationToken cancellationToken = default) =>
        BatchScorer.ScoreAsync(this, Rows(Guard.NotNull(responses), cancellationToken), options ?? BatchScoringOptions.Default, cancellationToken);

    /// <summary>Scores a response synchronously.</summary>
    /// <param name="response">The response.</param>
    /// <param name="properties">Values for this call that stages read, such as the person's recommendation preferences; none when <see
    /// langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ScoringException">The response cannot be scored (strict validation lists every problem).</exception>
    /// <exception cref="InvalidOperationException">The pipeline has an asynchronous stage; use <see cref="ScoreAsync"/>.</exception>
    public AssessmentResult Score(AssessmentResponse response, ScoringProperties? properties = null) => TryScore(response, properties).GetResultOrThrow();

    /// <summary>
    /// Scores a response synchronously without throwing for a response that cannot be scored: the outcome holds the
    /// result, or every problem (an unknown assessment or version, or strict validation's list) with the safety
    /// flags the valid answers raise.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="properties">Values for this call that stages read; none when <see langword="null"/>.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="InvalidOperationException">The pipeline has an asynchronous stage; use <see cref="TryScoreAsync"/>.</exception>
    public ScoringOutcome TryScore(AssessmentResponse response, ScoringProperties? properties = null)
    {
        if (_hasAsynchronousStages)
        {
            throw new InvalidOperationException("This pipeline has asynchronous stages "
                + $"({string.Join(", ", _stages.Where(static s => s.IsAsynchronous).Select(static s => s.Name))}); score with ScoreAsync.");
        }

        if (Begin(response, properties, out var refused) is not { } context)
        {
            return refused;
        }

        try
        {
            foreach (var stage in _run)
            {
                if (stage.Execute(context) == StageFlow.Stop || context.Refusal is not null)
                {
                    context.Result.StoppedAfter ??= stage.Name;
                    break;
                }
            }

            return context.Outcome();
        }
        catch (ScoringException exception)
        {
            // The built-in stages refuse with context.Refuse; a host's stage may still throw, and is heard the same way.
            return ScoringOutcome.Refused(exception.Problems, exception.SafetyFlags);
        }
        finally
        {
            ReturnContext(context);
        }
    }

    /// <summary>Scores a response, awaiting asynchronous stages; synchronous stages run without extra cost.</summary>
    /// <param name="response">The response.</param>
    /// <param name="properties">Values for this call that stages read, such as the person's recommendation preferences; none when <see
    /// langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels asynchronous stages.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ScoringException">The response cannot be scored.</exception>
    public async ValueTask<AssessmentResult> ScoreAsync(
        AssessmentResponse response,
        ScoringProperties? properties = null,
        CancellationToken cancellationToken = default)
        => (await TryScoreAsync(response, properties, cancellationToken).ConfigureAwait(false)).GetResultOrThrow();

    /// <summary>Scores a response, awaiting asynchronous stages, without throwing for a response that cannot be scored (see <see cref="TryScore"/>).</summary>
    /// <param name="response">The response.</param>
    /// <param name="properties">Values for this call that stages read; none when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels asynchronous stages.</param>
    /// <returns>The outcome.</returns>
    public async ValueTask<ScoringOutcome> TryScoreAsync(
        AssessmentResponse response,
        ScoringProperties? properties = null,
        CancellationToken cancellationToken = default)
    {
        if (Begin(response, properties, out var refused) is not { } context)
        {
            return refused;
        }

        try
        {
            foreach (var stage in _run)
            {
                var flow = stage.IsAsynchronous
                    ? await stage.ExecuteAsync(context, cancellationToken).ConfigureAwait(false)
                    : stage.Execute(context);
                if (flow == StageFlow.Stop || context.Refusal is not null)
                {
                    context.Result.StoppedAfter ??= stage.Name;
                    break;
                }
            }

            return context.Outcome();
        }
        catch (ScoringException exception)
        {
            return ScoringOutcome.Refused(exception.Problems, exception.SafetyFlags);
        }
        finally
        {
            ReturnContext(context);
        }
    }

    private static async IAsyncEnumerable<BatchRow> Rows(
        IAsyncEnumerable<AssessmentResponse> responses,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var line = 0L;
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return BatchRow.Of(++line, response);
        }
    }

    /// <summary>A thread's reusable context and working buffer: scoring is the hot path, and reuse costs less than a pool.</summary>
    private static ScoringContext RentContext()
    {
        // One read of the thread's context, marked in use (no second write to thread-local storage), so that a stage
        // that scores another response on this thread, or a call still running after an await, gets its own.
        var context = t_context;
        if (context is null)
        {
            context = t_context = new ScoringContext();
        }
        else if (context.InUse)
        {
            context = new ScoringContext { IsSpare = true };
        }

        context.InUse = true;
        return context;
    }

    private static void ReturnContext(ScoringContext context)
    {
        context.Clear();
        context.InUse = false;
        if (context.IsSpare && t_context is { InUse: true })
        {
            // The cached context is held by a call that awaits: this one serves the thread from now on.
            context.IsSpare = false;
            t_context = context;
        }
    }

    private CompiledAssessment? FindAssessment(string id)
    {
        // A handful of assessments: a scan that usually matches by reference beats hashing the id.
        foreach (var compiled in _assessments)
        {
            if (compiled.Assessment.Id == id)
            {
                return compiled;
            }
        }

        return null;
    }

    private bool IsKnownRelationshipKind(string id)
    {
        foreach (var kind in _relationshipKinds)
        {
            if (kind == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A context set up for the response, or <see langword="null"/> with the outcome that refuses it.</summary>
    private ScoringContext? Begin(AssessmentResponse response, ScoringProperties? properties, out ScoringOutcome refused)
    {
        Guard.NotNull(response);
        refused = default;
        if (FindAssessment(response.AssessmentId) is not { } compiled)
        {
            refused = ScoringOutcome.Refused(
                [new ScoringProblem(
                    ScoringProblemCodes.UnknownAssessment,
                    $"Assessment '{response.AssessmentId}' is not in the catalog. Known: "
                        + $"{string.Join(", ", _assessments.Select(static a => a.Assessment.Id).Order(StringComparer.Ordinal))}.")],
                []);
            return null;
        }

        if (response.AssessmentVersion != compiled.Assessment.Version)
        {
            refused = ScoringOutcome.Refused(
                [new ScoringProblem(
                    ScoringProblemCodes.WrongVersion,
                    $"The response is for version {response.AssessmentVersion} of '{response.AssessmentId}', but the catalog has version "
                        + $"{compiled.Assessment.Version}; results of different versions are never mixed silently.")],
                []);
            return null;
        }

        var context = RentContext();
        try
        {
            context.Reset(compiled, response, Catalog, properties);
            var raw = context.Raw;
            context.Problems = Load(compiled, response, raw, context.Keyed, out var hasResponseTimes);
            context.HasResponseTimes = hasResponseTimes;
            context.Begin(new AssessmentResult(compiled.Layout, response));
            return context;
        }
        catch
        {
            ReturnContext(context); // the thread's context stays free for the next call
            throw;
        }
    }

    /// <summary>Places each valid answer at its item's index; problems are collected for the validate stage to report.</summary>
    private List<ScoringProblem>? Load(CompiledAssessment compiled, AssessmentResponse response, Span<int> raw, Span<int> keyed, out bool hasResponseTimes)
    {
        List<ScoringProblem>? problems = null;
        hasResponseTimes = false;
        if (!IsKnownRelationshipKind(response.RelationshipKind))
        {
            (problems ??= []).Add(new ScoringProblem(
                ScoringProblemCodes.UnknownRelationshipKind,
                $"Relationship kind '{response.RelationshipKind}' is not in the catalog. Known: " +
                $"{string.Join(", ", Catalog.RelationshipKinds.Select(static k => k.Id))}."));
        }

        var answers = response.Answers.AsSpan();
        var inOrder = Math.Min(answers.Length, compiled.Layout.ItemIds.Length);
        var loaded = compiled.ItemRangesValid ? LoadInOrder(compiled, answers[..inOrder], raw, keyed, out hasResponseTimes) : 0;
        raw[loaded..].Fill(ScoringContext.Missing); // every item after the leading run starts unanswered
        for (var i = loaded; i < answers.Length; i++)
        {
            ref readonly var answer = ref answers[i];
            hasResponseTimes |= answer.HasResponseTime;
            if (i < inOrder && IsUsual(compiled, in answer, i, raw))
            {
                raw[i] = answer.Value.GetValueOrDefault();
                continue;
            }

            problems = LoadOne(compiled, in answer, i, raw, problems);
        }

        // Keyed answers start as the raw ones (the reverse-key stage keys them); the leading run wrote its own.
        raw[loaded..].CopyTo(keyed[loaded..]);
        return problems;
    }

    /// <summary>
    /// Loads the leading run of answers in the usual form (in item order, the very id string, answered, in range), raw
    /// and keyed alike (the reverse-key stage keys them later), and returns its length: the hot path, a few
    /// instructions an answer and no bounds checks (every index is below the item count and the answer count). Every
    /// later answer is loaded one by one.
    /// </summary>
    private static int LoadInOrder(CompiledAssessment compiled, ReadOnlySpan<Answer> answers, Span<int> raw, Span<int> keyed, out bool hasResponseTimes)
    {
        ref var answer0 = ref MemoryMarshal.GetReference(answers);
        ref var id0 = ref MemoryMarshal.GetArrayDataReference(compiled.Layout.ItemIds);
        ref var range0 = ref MemoryMarshal.GetArrayDataReference(compiled.ItemRange);
        ref var raw0 = ref MemoryMarshal.GetReference(raw);
        ref var keyed0 = ref MemoryMarshal.GetReference(keyed);
        var seen = 0;
        nint i = 0;
        // Unchecked: an answer far outside the scale must fail the range test, not overflow (the project checks arithmetic).
        unchecked
        {
            for (; i < answers.Length; i++)
            {
                ref readonly var answer = ref Unsafe.Add(ref answer0, i);
                var value = answer.RawValue;
                var range = Unsafe.Add(ref range0, i);
                // A skipped answer's raw value is int.MinValue, outside every range: one test serves both.
                if (!ReferenceEquals(Unsafe.Add(ref id0, i), answer.ItemId) || (uint)(value - (int)range) > (uint)(range >> 32))
                {
                    break;
                }

                seen |= answer.Flags; // whether any answer has a response time, read once the run ends
                Unsafe.Add(ref raw0, i) = value;
                Unsafe.Add(ref keyed0, i) = value;
            }
        }

        hasResponseTimes = (seen & Answer.HasResponseTimeFlag) != 0;
        return (int)i;
    }

    /// <summary>Whether an answer after the leading run is still in the usual form, and the first for its item.</summary>
    private static bool IsUsual(CompiledAssessment compiled, in Answer answer, int i, ReadOnlySpan<int> raw)
        => ReferenceEquals(compiled.Layout.ItemIds[i], answer.ItemId) && answer.Value is { } value
            && value >= compiled.ItemMin[i] && value <= compiled.ItemMax[i] && raw[i] == ScoringContext.Missing;

    /// <summary>Places one answer that is not in the usual form: out of order, skipped, out of range, unknown or repeated.</summary>
    private static List<ScoringProblem>? LoadOne(CompiledAssessment compiled, in Answer answer, int position, Span<int> raw, List<ScoringProblem>? problems)
    {
        var items = compiled.Layout.ItemIds;
        if (answer.ItemId is null)
        {
            // Only default(Answer) has no id: every constructor requires one.
            (problems ??= []).Add(new ScoringProblem(
                ScoringProblemCodes.UnknownItem,
                $"Answer {position + 1} names no item (it is default(Answer)); create answers with an item id."));
            return problems;
        }

        var index = position < items.Length && string.Equals(items[position], answer.ItemId, StringComparison.Ordinal)
            ? position
            : compiled.Layout.ItemIndex.GetValueOrDefault(answer.ItemId, -1);
        if (index < 0)
        {
            (problems ??= []).Add(new ScoringProblem(
                ScoringProblemCodes.UnknownItem,
                $"Assessment '{compiled.Assessment.Id}' has no item '{answer.ItemId}'.",
                answer.ItemId));
            return problems;
        }

        if (raw[index] != ScoringContext.Missing)
        {
            (problems ??= []).Add(new ScoringProblem(
                ScoringProblemCodes.DuplicateAnswer,
                "The item is answered more than once; give one answer per item.",
                answer.ItemId));
            return problems;
        }

        if (answer.Value is not { } value)
        {
            raw[index] = ScoringContext.SkippedMark;
            if (answer.DoesNotApply && !compiled.NotApplicable[index])
            {
                (problems ??= []).Add(new ScoringProblem(
                    ScoringProblemCodes.NotApplicableRefused,
                    $"Item '{answer.ItemId}' does not offer 'Does not apply'; answer it or skip it.",
                    answer.ItemId));
            }
        }
        else if (value < compiled.ItemMin[index] || value > compiled.ItemMax[index])
        {
            raw[index] = ScoringContext.SkippedMark;
            var scale = compiled.ItemScales[index];
            (problems ??= []).Add(new ScoringProblem(
                ScoringProblemCodes.OutOfRange,
                $"Value {value} is outside response scale '{scale.Id}'; value should be in range [{scale.Min}-{scale.Max}].",
                answer.ItemId));
        }
        else
        {
            raw[index] = value;
        }

        return problems;
    }
}
