using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IntimacyKit.Scoring.Stages;

/// <summary>Finds the band with from &lt;= score &lt; to; the band that ends at the highest possible score also holds that score.</summary>
internal sealed class BandsStage() : BuiltInStage(ScoringStageNames.Bands, ScoringStageNames.Aggregate)
{
    public override StageFlow Execute(ScoringContext context)
    {
        Assign(context.Compiled, context.Result.Slots);
        return StageFlow.Continue;
    }

    /// <summary>Sets every slot's band: the first with from &lt;= score &lt; to, or the top band's to itself.</summary>
    internal static void Assign(CompiledAssessment compiled, ScoreSlot[] slots)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            ref var slot = ref slots[i];
            slot.BandPlusOne = slot.Status == ScoreStatus.Scored ? BandOf(compiled, i, slot.Value) : (byte)0;
        }
    }

    /// <summary>
    /// The band (index plus one) that holds a score's value, or 0 when none does. <paramref name="score"/> is an index
    /// into the layout's scores (the callers' own loops), so the bands are read without bounds checks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte BandOf(CompiledAssessment compiled, int score, double value)
    {
        ref var start0 = ref MemoryMarshal.GetArrayDataReference(compiled.BandStart);
        ref var limits0 = ref MemoryMarshal.GetArrayDataReference(compiled.BandLimits);
        unchecked
        {
            var first = Unsafe.Add(ref start0, score);
            var end = Unsafe.Add(ref start0, score + 1);
            for (var b = first; b < end; b++)
            {
                if (value >= Unsafe.Add(ref limits0, 2 * b) && value < Unsafe.Add(ref limits0, (2 * b) + 1))
                {
                    return (byte)(b - first + 1);
                }
            }
        }

        return 0;
    }
}
