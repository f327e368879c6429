namespace IntimacyKit.Scoring.Stages;

/// <summary>Finds the band with from &lt;= score &lt; to; the band that ends at the highest possible score also holds that score.</summary>
internal sealed class BandsStage() : BuiltInStage(ScoringStageNames.Bands, ScoringStageNames.Aggregate)
{
    public override StageFlow Execute(ScoringContext context)
    {
        var scores = context.Compiled.Layout.Scores;
        var slots = context.Result.Slots;
        for (var i = 0; i < slots.Length; i++)
        {
            ref var slot = ref slots[i];
            slot.BandPlusOne = 0;
            if (slot.Status != ScoreStatus.Scored)
            {
                continue;
            }

            var bands = scores[i].Bands;
            for (var b = 0; b < bands.Length; b++)
            {
                var band = bands[b];
                if (slot.Value >= band.From && (slot.Value < band.To || (slot.Value == band.To && band.To >= scores[i].Highest)))
                {
                    slot.BandPlusOne = (byte)(b + 1);
                    break;
                }
            }
        }

        return StageFlow.Continue;
    }
}
