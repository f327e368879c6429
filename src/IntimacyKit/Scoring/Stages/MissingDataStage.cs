namespace IntimacyKit.Scoring.Stages;

/// <summary>
/// Counts the answered items of each scale and rules out (<see cref="NotScoredReason.TooFewAnswers"/>) a scale with
/// fewer than its minimum; the aggregate stage scores the others.
/// </summary>
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
            slot.Status = ScoreStatus.NotScored;
            slot.Reason = answered >= scale.MinRequired ? NotScoredReason.None : NotScoredReason.TooFewAnswers;
        }

        return StageFlow.Continue;
    }
}
