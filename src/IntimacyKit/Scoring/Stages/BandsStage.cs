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

    /// <summary>The band (index plus one) that holds a score's value, or 0 when none does.</summary>
    internal static byte BandOf(CompiledAssessment compiled, int score, double value)
    {
        var start = compiled.BandStart;
        var from = compiled.BandFrom;
        var to = compiled.BandTo;
        var first = start[score];
        for (var b = first; b < start[score + 1]; b++)
        {
            if (value >= from[b] && (value < to[b] || (value == to[b] && compiled.BandHoldsTo[b])))
            {
                return (byte)(b - first + 1);
            }
        }

        return 0;
    }
}
