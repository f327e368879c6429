namespace IntimacyKit.Scoring.Stages;

/// <summary>Counts the answered items of each scale; a scale with fewer than its minimum is not scored.</summary>
internal sealed class MissingDataStage() : BuiltInStage(ScoringStageNames.MissingData)
{
    public override StageFlow Execute(ScoringContext context)
    {
        var layout = context.Compiled.Layout;
        var keyed = context.Keyed;
        var slots = context.Result.Slots;
        for (var s = 0; s < layout.ScaleCount; s++)
        {
            var scale = layout.Scores[s];
            var answered = 0;
            foreach (var item in scale.Members)
            {
                if (keyed[item] > ScoringContext.SkippedMark)
                {
                    answered++;
                }
            }

            ref var slot = ref slots[s];
            slot.Answered = (short)answered;
            if (answered >= scale.MinRequired)
            {
                slot.Status = ScoreStatus.Scored;
                slot.Reason = NotScoredReason.None;
            }
            else
            {
                slot.Status = ScoreStatus.NotScored;
                slot.Reason = NotScoredReason.TooFewAnswers;
            }
        }

        return StageFlow.Continue;
    }
}
