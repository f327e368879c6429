using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IntimacyKit.Scoring.Stages;

/// <summary>
/// Scale scores: the mean of the answered items, or their sum prorated as sum x items / answered (never rounded).
/// Composites: sum(w x score) / sum(|w|) over the scored component scales, when at least the minimum are scored.
/// </summary>
internal sealed class AggregateStage() : BuiltInStage(ScoringStageNames.Aggregate, ScoringStageNames.MissingData)
{
    public override StageFlow Execute(ScoringContext context)
    {
        var compiled = context.Compiled;
        var items = compiled.ScaleItems;
        var start = compiled.ScaleItemStart;
        var isSum = compiled.ScaleIsSum;
        ReadOnlySpan<int> keyed = context.Keyed;
        var slots = context.Result.Slots;
        var imputation = context.Result.Imputation;
        for (var s = 0; s < isSum.Length; s++)
        {
            ref var slot = ref slots[s];
            if (slot.Reason != NotScoredReason.None || slot.Status == ScoreStatus.Scored)
            {
                // Ruled out by missing-data or withheld, or already scored by a custom stage.
                continue;
            }

            long sum = 0;
            var answered = 0;
            for (var k = start[s]; k < start[s + 1]; k++)
            {
                var value = keyed[items[k]];
                if (value > ScoringContext.SkippedMark)
                {
                    sum += value;
                    answered++;
                }
            }

            if (answered == 0)
            {
                slot.Reason = NotScoredReason.TooFewAnswers;
                continue;
            }

            if (imputation is not null && context.Result.ImputedAt(s) > 0)
            {
                var filledSum = Filled(imputation, items, start[s], start[s + 1], keyed, out var filled);
                slot.Value = ImputedValue(isSum[s], sum, start[s + 1] - start[s], answered, filledSum, filled);
                slot.Status = ScoreStatus.Scored;
                continue;
            }

            slot.Value = ScaleValue(isSum[s], sum, start[s + 1] - start[s], answered);
            slot.Status = ScoreStatus.Scored;
        }

        ScoreComposites(compiled, slots, assignBands: false);
        return StageFlow.Continue;
    }

    /// <summary>A scale's score from the sum of its answered (keyed) items: their mean, or the sum prorated to every item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double ScaleValue(bool isSum, long sum, int items, int answered)
        => isSum ? (double)sum * items / answered : (double)sum / answered;

    /// <summary>
    /// A scale's score with filled-in answers counted as answers: the mean of answered and filled, or their sum prorated
    /// to every item (the same as their sum when every missing answer was filled).
    /// </summary>
    private static double ImputedValue(bool isSum, long sum, int items, int answered, double filledSum, int filled)
        => isSum ? (sum + filledSum) * items / (answered + filled) : (sum + filledSum) / (answered + filled);

    /// <summary>The sum of the values that fill the scale's missing answers, and how many there are.</summary>
    private static double Filled(ItemImputation imputation, int[] items, int from, int to, ReadOnlySpan<int> keyed, out int filled)
    {
        var sum = 0.0;
        filled = 0;
        for (var k = from; k < to; k++)
        {
            var fill = imputation.FillOf(items[k]);
            if (keyed[items[k]] <= ScoringContext.SkippedMark && double.IsFinite(fill))
            {
                sum += fill;
                filled++;
            }
        }

        return sum;
    }

    /// <summary>
    /// Composites: sum(w x score) / sum(|w|) over the scored component scales, when at least the minimum are scored;
    /// with <paramref name="assignBands"/>, also each composite's band (the fused stages, where nothing runs between).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // on its own, the loop keeps its sums and references in registers
    internal static void ScoreComposites(CompiledAssessment compiled, ScoreSlot[] slots, bool assignBands)
    {
        var scales = compiled.Layout.ScaleCount;
        var minimum = compiled.CompositeMinimum;
        ref var start0 = ref MemoryMarshal.GetArrayDataReference(compiled.CompositeStart);
        ref var member0 = ref MemoryMarshal.GetArrayDataReference(compiled.CompositeMembers);
        ref var weight0 = ref MemoryMarshal.GetArrayDataReference(compiled.CompositeWeights);
        ref var slot0 = ref MemoryMarshal.GetArrayDataReference(slots);
        // Unchecked and without bounds checks: members are scale indices and composites follow the scales, every
        // index below the slot count (the compiled assessment's own layout).
        unchecked
        {
            for (var c = 0; c < minimum.Length; c++)
            {
                double weighted = 0, totalWeight = 0;
                var scored = 0;
                var end = Unsafe.Add(ref start0, c + 1);
                for (var k = Unsafe.Add(ref start0, c); k < end; k++)
                {
                    ref readonly var member = ref Unsafe.Add(ref slot0, Unsafe.Add(ref member0, k));
                    if (member.Status == ScoreStatus.Scored)
                    {
                        var weight = Unsafe.Add(ref weight0, k);
                        weighted += weight * member.Value;
                        totalWeight += Math.Abs(weight);
                        scored++;
                    }
                }

                ref var slot = ref Unsafe.Add(ref slot0, scales + c);
                slot.Answered = (short)scored;
                if (scored >= minimum[c])
                {
                    var value = weighted / totalWeight;
                    slot.Value = value;
                    slot.Set(ScoreStatus.Scored, NotScoredReason.None);
                    if (assignBands)
                    {
                        slot.BandPlusOne = BandsStage.BandOf(compiled, scales + c, value);
                    }
                }
                else
                {
                    slot.Set(ScoreStatus.NotScored, NotScoredReason.TooFewScales);
                }
            }
        }
    }
}
