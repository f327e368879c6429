namespace IntimacyKit.Scoring.Stages;

/// <summary>
/// Counts the answered items of each scale and rules out (<see cref="NotScoredReason.TooFewAnswers"/>) a scale with
/// fewer than its minimum; the aggregate stage scores the others. With an <see cref="ItemImputation"/> among the
/// call's properties, a scale that has its minimum of real answers and a method other than none has its missing
/// answers marked to be filled (<see cref="AssessmentResult.ImputedCounts"/>), and the result records the imputation.
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
        var imputation = Imputation(context);
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
            var filled = imputation is not null && slot.Reason == NotScoredReason.None ? Fillable(imputation, items, start[s], start[s + 1], keyed) : (short)0;
            if (filled > 0)
            {
                (context.Result.ImputedCounts ??= new short[slots.Length])[s] = filled;
            }
        }

        return StageFlow.Continue;
    }

    /// <summary>The call's imputation when it was computed for this assessment (the result records it); else null.</summary>
    internal static ItemImputation? Imputation(ScoringContext context)
    {
        if (!context.TryGetProperty(ItemImputation.Key, out var imputation))
        {
            return null;
        }

        if (imputation.AppliesTo(context.Assessment))
        {
            context.Result.Imputation = imputation;
            return imputation;
        }

        // Medians of another assessment (or version) say nothing about this one's items: not applied, and said so.
        context.AddWarning(new ScoringProblem(
            ScoringProblemCodes.WrongVersion,
            $"The imputation was computed for '{imputation.AssessmentId}' {imputation.AssessmentVersion}, not '{context.Assessment.Id}' "
                + $"{context.Assessment.Version}; missing answers were not filled in."));
        return null;
    }

    /// <summary>How many of the scale's missing answers the imputation has a value for.</summary>
    private static short Fillable(ItemImputation imputation, int[] items, int from, int to, ReadOnlySpan<int> keyed)
    {
        short filled = 0;
        for (var k = from; k < to; k++)
        {
            if (keyed[items[k]] <= ScoringContext.SkippedMark && double.IsFinite(imputation.FillOf(items[k])))
            {
                filled++;
            }
        }

        return filled;
    }
}
