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
        if (!compiled.FusedWalkFits || (context.HasProperties && context.TryGetProperty(ItemImputation.Key, out _)))
        {
            return OneByOne(context);
        }

        var result = context.Result;
        ReadOnlySpan<int> raw = context.Raw;
        var keyed = context.Keyed;

        // reverse-key: the walk below keys every scale item; here only the reverse-keyed items of no scale
        ReverseKeyStage.Apply(compiled.ResponseScale, compiled.ReverseItemsOutsideScales, keyed);

        // missing-data and aggregate for scales, with the response-quality tallies, in one walk
        var stats = ScoreScales(compiled, raw, keyed, context.ScaleScratch, result.Slots, _quality.Options.CheckContradictions);
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

    private static Tallies ScoreScales(
        CompiledAssessment compiled,
        ReadOnlySpan<int> raw,
        Span<int> keyed,
        Span<int> scratch,
        ScoreSlot[] slots,
        bool checkContradictions)
    {
        var lanes = Walk(compiled, raw, keyed, scratch);
        // Then each scale's slot from what the walk left (missing-data, aggregate and bands).
        var (total, ends, contradictions) = compiled.ScaleValues.ScoreAll(compiled, scratch, slots);
        contradictions = checkContradictions ? contradictions : 0;

        // Beyond the 64 scales a bit each, contradictions go to an array (an assessment that long is rare).
        bool[]? moreContradictions = null;
        for (var s = 64; checkContradictions && s < compiled.ScaleMinimum.Length; s++)
        {
            if (ResponseQualityStage.IsContradiction((scratch[(2 * s) + 1] >> 16) & 0xF))
            {
                NoteContradiction(s, compiled.ScaleMinimum.Length, ref contradictions, ref moreContradictions);
            }
        }

        return new Tallies(total, (ends & 16) != 0, lanes, contradictions, moreContradictions);
    }

    /// <summary>
    /// The walk over every scale's items: per scale item, one read of the item and its code offset, one of the raw
    /// answer and one of the packed code the answer selects (keyed value, histogram shift and end bits;
    /// <see cref="CompiledAssessment.ItemCodes"/>), and the keyed answer written back as the reverse-key stage would
    /// (an item of two scales is written twice, with the same value). It leaves, per scale, the sum of the keyed answers and the answered
    /// count with the end bits (shifted up 16) in <paramref name="scratch"/>, and returns the histogram of raw answers.
    /// It calls nothing, so every count and pointer stays in a register; indices come from the compiled assessment
    /// (every one in range), so it reads without bounds checks.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // on its own, the walk has every register to itself
    private static ulong Walk(CompiledAssessment compiled, ReadOnlySpan<int> raw, Span<int> keyed, Span<int> scratch)
    {
        ref var start0 = ref MemoryMarshal.GetArrayDataReference(compiled.ScaleItemStart);
        ref var pair0 = ref MemoryMarshal.GetArrayDataReference(compiled.ScaleItemCodes);
        ref var raw0 = ref MemoryMarshal.GetReference(raw);
        ref var keyed0 = ref MemoryMarshal.GetReference(keyed);
        ref var code0 = ref MemoryMarshal.GetArrayDataReference(compiled.ItemCodes);
        ref var out0 = ref MemoryMarshal.GetReference(scratch);
        var scales = compiled.ScaleMinimum.Length;
        ulong lanes = 0;
        var one = 1UL; // kept in a register, not made again for every answer
        // Unchecked: counts stay below 256 a lane and sums far below int's range (the project checks arithmetic).
        unchecked
        {
            nint k = 0;
            for (nint s = 0; s < scales; s++)
            {
                var sum = 0;
                var answered = 0;
                var scaleEnds = 0;
                nint end = Unsafe.Add(ref start0, s + 1);
                for (; k < end; k++)
                {
                    // The item and where its codes start, in one read: the low and high halves of the pair.
                    var pair = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref pair0, 2 * k)));
                    // Indices are never negative, so they widen as unsigned (no sign extension), and an answer's
                    // code is at its item's offset plus the answer (item x points + answer - lowest answer >= 0).
                    var item = (nint)(uint)pair;
                    var value = Unsafe.Add(ref raw0, item);
                    if (value <= ScoringContext.SkippedMark)
                    {
                        continue;
                    }

                    var code = Unsafe.Add(ref code0, (nint)((uint)(pair >> 32) + (uint)value));
                    var key = code >> 16;
                    Unsafe.Add(ref keyed0, item) = key; // the reverse-key stage's work, for every later reader
                    sum += key;
                    lanes += one << code; // the shift reads the low 6 bits: the answer's lane
                    scaleEnds |= code;
                    answered++;
                }

                Unsafe.Add(ref out0, 2 * s) = sum;
                Unsafe.Add(ref out0, (2 * s) + 1) = answered | (((scaleEnds >> 6) & 0x1F) << 16);
            }
        }

        return lanes;
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
