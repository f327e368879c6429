namespace IntimacyKit.Scoring.Stages;

/// <summary>
/// Counts the answered items of each scale and rules out (<see cref="NotScoredReason.TooFewAnswers"/>) a scale with
/// fewer than its minimum; the aggregate stage scores the others.
/// </summary>
internal sealed class MissingDataStage() : BuiltInStage(ScoringStageNames.MissingData)
{
    public override StageFlow Execute(ScoringContext context)
    {
        var compiled = context.Compiled;
        var items = compiled.ScaleItems;
        var start = compiled.ScaleItemStart;
        var minimum = compiled.ScaleMinimum;
        ReadOnlySpan<int> keyed = context.Keyed;
        var slots = context.Result.Slots;
        for (var s = 0; s < minimum.Length; s++)
        {
            var answered = 0;
            for (var k = start[s]; k < start[s + 1]; k++)
            {
                if (keyed[items[k]] > ScoringContext.SkippedMark)
                {
                    answered++;
                }
            }

            ref var slot = ref slots[s];
            slot.Answered = (short)answered;
            slot.Status = ScoreStatus.NotScored;
            slot.Reason = answered >= minimum[s] ? NotScoredReason.None : NotScoredReason.TooFewAnswers;
        }

        return StageFlow.Continue;
    }
}
