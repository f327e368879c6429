namespace IntimacyKit.Scoring.Stages;

/// <summary>Reports the problems found while the answers were loaded: refuses the response with them all (strict) or records them as warnings
/// (lenient).</summary>
internal sealed class ValidateStage(ValidationOptions options) : BuiltInStage(ScoringStageNames.Validate)
{
    public override StageFlow Execute(ScoringContext context)
    {
        if (context.Problems is not { Count: > 0 } problems)
        {
            return StageFlow.Continue;
        }

        if (options.Policy == ValidationPolicy.Strict)
        {
            // Safety first: the refusal carries the flags the valid answers raise.
            return context.Refuse(problems);
        }

        foreach (var problem in problems)
        {
            context.AddWarning(new ScoringProblem(problem.Code, $"Dropped: {problem.Message}", problem.ItemId));
        }

        return StageFlow.Continue;
    }

    protected override void OnValidate(ICollection<string> problems)
    {
        if (!Enum.IsDefined(options.Policy))
        {
            problems.Add($"ValidationOptions.Policy is {(int)options.Policy}; it should be Strict or Lenient.");
        }
    }
}
