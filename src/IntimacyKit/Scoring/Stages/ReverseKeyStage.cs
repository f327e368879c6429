namespace IntimacyKit.Scoring.Stages;

/// <summary>Scores reverse-keyed items as min + max - answer.</summary>
internal sealed class ReverseKeyStage() : BuiltInStage(ScoringStageNames.ReverseKey)
{
    public override StageFlow Execute(ScoringContext context)
    {
        var sum = context.Compiled.ResponseScale.Min + context.Compiled.ResponseScale.Max;
        var keyed = context.Keyed;
        foreach (var i in context.Compiled.ReverseItems)
        {
            if (keyed[i] > ScoringContext.SkippedMark)
            {
                keyed[i] = sum - keyed[i];
            }
        }

        return StageFlow.Continue;
    }
}
