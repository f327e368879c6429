namespace IntimacyKit.Scoring.Stages;

/// <summary>
/// Where a scale has norms (the content's, or a host's set by an earlier stage): z = (score - mean) / sd. T and the
/// percentile follow from z when read (<see cref="StandardScore"/>). Nothing is allocated when no scale has norms.
/// </summary>
internal sealed class NormsStage() : BuiltInStage(ScoringStageNames.Norms, ScoringStageNames.Aggregate)
{
    public override StageFlow Execute(ScoringContext context)
    {
        var result = context.Result;
        if (!context.Compiled.HasNorms && result.NormsOverride is null)
        {
            return StageFlow.Continue;
        }

        var slots = result.Slots;
        for (var i = 0; i < slots.Length; i++)
        {
            if (result.NormsOf(i) is not { } norms || slots[i].Status != ScoreStatus.Scored)
            {
                continue;
            }

            if (result.Z is null)
            {
                result.Z = new double[slots.Length];
                result.Z.AsSpan().Fill(double.NaN);
            }

            result.Z[i] = (slots[i].Value - norms.Mean) / norms.StandardDeviation;
        }

        return StageFlow.Continue;
    }
}
