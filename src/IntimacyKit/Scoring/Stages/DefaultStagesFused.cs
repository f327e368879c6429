using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IntimacyKit.Scoring.Stages;

/// <summary>
/// The built-in scoring stages from reverse-key to response-quality, run as one: reverse keying, then a single walk
/// over every scale's items that counts the answered ones (missing-data), sums them (aggregate) and gathers what the
/// response-quality checks need, then composites, norms, bands, safety and the quality flags. The pipeline runs this
/// in their place when all seven stand together, as the built-in stages, in their default order, so nothing a host
/// added or replaced is skipped; the result is the same as running them one by one (tested on random responses).
/// </summary>
internal sealed class DefaultStagesFused : ScoringStage
{
    private static readonly Type[] Run =
    [
        typeof(ReverseKeyStage), typeof(MissingDataStage), typeof(AggregateStage), typeof(NormsStage),
        typeof(BandsStage), typeof(SafetyStage), typeof(ResponseQualityStage),
    ];

    private readonly ScoringStage[] _stages;
    private readonly NormsStage _norms;
    private readonly SafetyStage _safety;
    private readonly ResponseQualityStage _quality;

    private DefaultStagesFused(ScoringStage[] stages)
        : base($"{ScoringStageNames.ReverseKey}..{ScoringStageNames.ResponseQuality}")
    {
        _stages = stages;
        _norms = (NormsStage)stages[3];
        _safety = (SafetyStage)stages[5];
        _quality = (ResponseQualityStage)stages[6];
    }

    /// <summary>The stages to run: <paramref name="stages"/> itself, or a copy with the run of built-in stages fused.</summary>
    public static ScoringStage[] Fuse(ScoringStage[] stages)
    {
        for (var i = 0; i + Run.Length <= stages.Length; i++)
        {
            var k = 0;
            while (k < Run.Length && stages[i + k].GetType() == Run[k])
            {
                k++;
            }

            if (k == Run.Length)
            {
                var fused = new DefaultStagesFused(stages[i..(i + Run.Length)]);
                return [.. stages[..i], fused, .. stages[(i + Run.Length)..]];
            }
        }

        return stages;
    }

    public override StageFlow Execute(ScoringContext context)
    {
        var compiled = context.Compiled;
        if (!compiled.HistogramFitsInLanes || (context.HasProperties && context.TryGetProperty(ItemImputation.Key, out _)))
        {
            return OneByOne(context);
        }

        var result = context.Result;
        ReadOnlySpan<int> raw = context.Raw;
        var keyed = context.Keyed;

        ReverseKeyStage.Apply(compiled, keyed);

        // missing-data and aggregate for scales, with the response-quality tallies, in one walk
        var stats = ScoreScales(compiled, raw, keyed, result.Slots, _quality.Options.CheckContradictions);
        AggregateStage.ScoreComposites(compiled, result.Slots, assignBands: true);

        _norms.Execute(context);
        // bands: assigned with each score above (norms, between, changes no score)
        if (_safety.Execute(context) == StageFlow.Stop)
        {
            result.StoppedAfter = ScoringStageNames.Safety;
            return StageFlow.Stop;
        }

        // response-quality, with its flags in the order the stage gives them
        if (stats.Contradictions != 0 || stats.MoreContradictions is not null)
        {
            var span = compiled.Layout.ResponseMax - compiled.Layout.ResponseMin;
            for (var s = 0; s < compiled.ScaleMinimum.Length; s++)
            {
                if (s < 64 ? (stats.Contradictions & (1UL << s)) != 0 : stats.MoreContradictions?[s] == true)
                {
                    ResponseQualityStage.FlagContradiction(context, s, keyed, span);
                }
            }
        }

        _quality.CheckStraightLining(context, stats.Answered, stats.ReversedAnswered, stats.Lanes, []);
        _quality.CheckSpeed(context);
        return StageFlow.Continue;
    }

    /// <summary>The rare assessment whose answer histogram does not fit in one 64-bit integer: the stages as they are.</summary>
    private StageFlow OneByOne(ScoringContext context)
    {
        foreach (var stage in _stages)
        {
            if (stage.Execute(context) == StageFlow.Stop)
            {
                context.Result.StoppedAfter = stage.Name;
                return StageFlow.Stop;
            }
        }

        return StageFlow.Continue;
    }

    private static Tallies ScoreScales(CompiledAssessment compiled, ReadOnlySpan<int> raw, ReadOnlySpan<int> keyed, ScoreSlot[] slots, bool checkContradictions)
    {
        var items = compiled.ScaleItems;
        var start = compiled.ScaleItemStart;
        var minimum = compiled.ScaleMinimum;
        var isSum = compiled.ScaleIsSum;
        var bottom = compiled.Layout.ResponseMin;

        // The tallies live in registers while the walk runs (a struct of this size would stay in memory). Indices
        // come from the compiled assessment (every one below the item count), so the walk reads without bounds checks.
        ulong lanes = 0;
        ulong contradictions = 0;
        bool[]? moreContradictions = null;
        var total = 0;
        var reversedAnswered = false;
        ref var item0 = ref MemoryMarshal.GetArrayDataReference(items);
        ref var raw0 = ref MemoryMarshal.GetReference(raw);
        ref var keyed0 = ref MemoryMarshal.GetReference(keyed);
        ref var code0 = ref MemoryMarshal.GetArrayDataReference(compiled.EndCodes);
        var points = compiled.Layout.ResponseMax - bottom + 1;
        // Unchecked: counts stay below 256 a lane and sums far below long's range (the project checks arithmetic).
        unchecked
        {
            for (var s = 0; s < minimum.Length; s++)
            {
                long sum = 0;
                var answered = 0;
                var ends = 0;
                var end = start[s + 1];
                for (var k = start[s]; k < end; k++)
                {
                    var item = Unsafe.Add(ref item0, k);
                    var value = Unsafe.Add(ref raw0, item);
                    if (value <= ScoringContext.SkippedMark)
                    {
                        continue;
                    }

                    var key = Unsafe.Add(ref keyed0, item);
                    sum += key;
                    answered++;
                    var point = value - bottom;
                    lanes += 1UL << (8 * point);
                    ends |= Unsafe.Add(ref code0, (item * points) + point);
                }

                total += answered;
                reversedAnswered |= (ends & 16) != 0;
                SetScale(compiled, ref slots[s], s, sum, answered, isSum[s] ? end - start[s] : 0);

                if (checkContradictions && ResponseQualityStage.IsContradiction(ends))
                {
                    NoteContradiction(s, minimum.Length, ref contradictions, ref moreContradictions);
                }
            }
        }

        return new Tallies(total, reversedAnswered, lanes, contradictions, moreContradictions);
    }

    /// <summary>
    /// A scale's slot once its items are walked: its score and band (missing-data, aggregate and bands), or why it is not
    /// scored. <paramref name="sumOver"/> is the item count a sum scale is prorated to, 0 for a mean scale.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetScale(CompiledAssessment compiled, ref ScoreSlot slot, int scale, long sum, int answered, int sumOver)
    {
        slot.Answered = (short)answered;
        if (answered >= compiled.ScaleMinimum[scale] && answered > 0)
        {
            slot.Value = AggregateStage.ScaleValue(sumOver > 0, sum, sumOver, answered);
            slot.Status = ScoreStatus.Scored;
            slot.Reason = NotScoredReason.None;
            slot.BandPlusOne = BandsStage.BandOf(compiled, scale, slot.Value);
        }
        else
        {
            slot.Status = ScoreStatus.NotScored;
            slot.Reason = NotScoredReason.TooFewAnswers;
        }
    }

    /// <summary>Notes a scale whose normal and reverse-keyed items contradict: a bit for the first 64, an array beyond.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NoteContradiction(int scale, int scales, ref ulong first64, ref bool[]? more)
    {
        if (scale < 64)
        {
            first64 |= 1UL << scale;
        }
        else
        {
            (more ??= new bool[scales])[scale] = true;
        }
    }

    /// <summary>What the response-quality checks need from the walk over the scales.</summary>
    private readonly record struct Tallies(int Answered, bool ReversedAnswered, ulong Lanes, ulong Contradictions, bool[]? MoreContradictions);
}
