namespace IntimacyKit.Scoring.Stages;

/// <summary>Scores reverse-keyed items as min + max - answer.</summary>
internal sealed class ReverseKeyStage() : BuiltInStage(ScoringStageNames.ReverseKey)
{
    public override StageFlow Execute(ScoringContext context)
    {
        var reverse = context.Compiled.Layout.ItemReverse;
        var sum = context.Compiled.ResponseScale.Min + context.Compiled.ResponseScale.Max;
        var keyed = context.Keyed;
        for (var i = 0; i < reverse.Length; i++)
        {
            if (reverse[i] && keyed[i] > ScoringContext.SkippedMark)
            {
                keyed[i] = sum - keyed[i];
            }
        }

        return StageFlow.Continue;
    }
}
