using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring.Stages;

/// <summary>Raises a flag for every safety rule whose item's raw answer is at least its threshold; can end the pipeline on an urgent flag.</summary>
internal sealed class SafetyStage(SafetyOptions options) : BuiltInStage(ScoringStageNames.Safety)
{
    public override StageFlow Execute(ScoringContext context)
    {
        var urgent = false;
        var raw = context.Raw;
        foreach (var rule in context.Compiled.Safety)
        {
            var answer = raw[rule.ItemIndex];
            if (answer > ScoringContext.SkippedMark && answer >= rule.Rule.AtLeast)
            {
                context.AddSafetyFlag(Flag(rule, answer));
                urgent |= rule.Rule.Severity == SafetySeverity.Urgent;
            }
        }

        return urgent && options.StopOnUrgentFlag ? StageFlow.Stop : StageFlow.Continue;
    }

    /// <summary>The flags the rules raise on the valid raw answers, for a response that strict validation rejects.</summary>
    internal static ImmutableArray<SafetyFlag> Evaluate(CompiledAssessment compiled, ReadOnlySpan<int> raw)
    {
        var flags = ImmutableArray.CreateBuilder<SafetyFlag>();
        foreach (var rule in compiled.Safety)
        {
            var answer = raw[rule.ItemIndex];
            if (answer > ScoringContext.SkippedMark && answer >= rule.Rule.AtLeast)
            {
                flags.Add(Flag(rule, answer));
            }
        }

        return [.. flags.OrderByDescending(static f => f.Severity)];
    }

    private static SafetyFlag Flag(CompiledSafetyRule rule, int answer)
        => new(rule.Rule.Flag, rule.Rule.Severity, rule.Rule.Id, rule.Rule.Item, answer, rule.Rule.AtLeast, rule.Resources);
}
