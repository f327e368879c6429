namespace IntimacyKit.Scoring.Stages;

/// <summary>Scores reverse-keyed items as min + max - answer.</summary>
internal sealed class ReverseKeyStage() : BuiltInStage(ScoringStageNames.ReverseKey)
{
    public override StageFlow Execute(ScoringContext context)
    {
        Apply(context.Compiled, context.Keyed);
        return StageFlow.Continue;
    }

    /// <summary>Reverses every answered reverse-keyed item in place (the fused stages call this too).</summary>
    internal static void Apply(CompiledAssessment compiled, Span<int> keyed) => Apply(compiled.ResponseScale, compiled.ReverseItems, keyed);

    /// <summary>Reverses the answered items among <paramref name="items"/> in place.</summary>
    internal static void Apply(Content.ResponseScale scale, int[] items, Span<int> keyed)
    {
        foreach (var i in items)
        {
            if (keyed[i] > ScoringContext.SkippedMark)
            {
                keyed[i] = scale.Reverse(keyed[i]);
            }
        }
    }
}
