namespace IntimacyKit.Scoring.Stages;

/// <summary>Reports the problems found while the answers were loaded: throws them all (strict) or records them as warnings (lenient).</summary>
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
            // Safety first: even a response that cannot be scored says whether the person may be in danger.
            throw new ScoringException(problems, SafetyStage.Evaluate(context.Compiled, context.Raw));
        }

        foreach (var problem in problems)
        {
            context.AddWarning(new ScoringWarning(problem.Code, $"Dropped: {problem.Message}", problem.ItemId));
        }

        return StageFlow.Continue;
    }

    internal override void Validate(List<string> problems)
    {
        if (!Enum.IsDefined(options.Policy))
        {
            problems.Add($"ValidationOptions.Policy is {(int)options.Policy}; it should be Strict or Lenient.");
        }
    }
}

/// <summary>What the validate stage does with bad answers.</summary>
public enum ValidationPolicy
{
    /// <summary>Throw one <see cref="ScoringException"/> listing every problem.</summary>
    Strict = 0,

    /// <summary>Drop the bad answers, score the rest, and record each problem as a warning on the result.</summary>
    Lenient = 1,
}

/// <summary>Options of the validate stage.</summary>
public sealed class ValidationOptions
{
    /// <summary>Strict (default) or lenient.</summary>
    public ValidationPolicy Policy { get; init; } = ValidationPolicy.Strict;
}
