using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring.Stages;

/// <summary>
/// Raises a flag for every safety rule whose item's raw answer is at least its threshold, and for every rule whose item
/// was skipped or not answered (as the rule's <see cref="SafetyRule.WhenUnanswered"/> says: a concern by default); can
/// end the pipeline on an urgent flag.
/// </summary>
internal sealed class SafetyStage(SafetyOptions options) : BuiltInStage(ScoringStageNames.Safety)
{
    public override StageFlow Execute(ScoringContext context)
    {
        var raw = context.Raw;

        // The common case, a screen that raises nothing, costs one pass and no allocation.
        if (!RaisesAny(context.Compiled, raw))
        {
            return StageFlow.Continue;
        }

        var urgent = false;
        foreach (var flag in Evaluate(context.Compiled, raw))
        {
            context.AddSafetyFlag(flag);
            urgent |= flag.Severity == SafetySeverity.Urgent;
        }

        return urgent && options.StopOnUrgentFlag ? StageFlow.Stop : StageFlow.Continue;
    }

    /// <summary>The flags the rules raise on the valid raw answers, for a response that strict validation rejects.</summary>
    internal static ImmutableArray<SafetyFlag> Evaluate(CompiledAssessment compiled, ReadOnlySpan<int> raw)
    {
        var flags = ImmutableArray.CreateBuilder<SafetyFlag>();
        foreach (var rule in compiled.Safety)
        {
            // A skipped statement raises each of its flags once, at the most severe level its rules give a skip.
            if (Raise(rule, raw[rule.ItemIndex]) is { } flag && !Repeats(flags, flag))
            {
                flags.Add(flag);
            }
        }

        return [.. flags.OrderByDescending(static f => f.Severity).ThenBy(static f => f.NotAnswered)];
    }

    private static bool RaisesAny(CompiledAssessment compiled, ReadOnlySpan<int> raw)
    {
        // Three ints a rule (item index, threshold, 1 when an unanswered item raises it): one array, no objects.
        // Unchecked and without bounds checks: item indices come from the compiled assessment, below the item count.
        var screen = compiled.SafetyScreen;
        ref var rule0 = ref MemoryMarshal.GetArrayDataReference(screen);
        ref var raw0 = ref MemoryMarshal.GetReference(raw);
        unchecked
        {
            for (nint r = 0; r < screen.Length; r += 3)
            {
                var answer = Unsafe.Add(ref raw0, (nint)(uint)Unsafe.Add(ref rule0, r));
                if (answer > ScoringContext.SkippedMark ? answer >= Unsafe.Add(ref rule0, r + 1) : Unsafe.Add(ref rule0, r + 2) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Repeats(ImmutableArray<SafetyFlag>.Builder flags, SafetyFlag flag)
    {
        if (!flag.NotAnswered)
        {
            return false;
        }

        for (var i = 0; i < flags.Count; i++)
        {
            if (flags[i].NotAnswered && flags[i].Flag == flag.Flag && flags[i].ItemId == flag.ItemId)
            {
                if (flag.Severity > flags[i].Severity)
                {
                    flags[i] = flag;
                }

                return true;
            }
        }

        return false;
    }

    private static SafetyFlag? Raise(CompiledSafetyRule compiled, int answer)
    {
        var rule = compiled.Rule;
        if (answer > ScoringContext.SkippedMark)
        {
            return answer >= rule.AtLeast
                ? new SafetyFlag(rule.Flag, rule.Severity, rule.Id, rule.Item, answer, rule.AtLeast, compiled.Resources, rule.Risk, rule.Message)
                : null;
        }

        return rule.WhenUnanswered switch
        {
            UnansweredSafetyItem.Concern => new SafetyFlag(
                rule.Flag,
                SafetySeverity.Concern,
                rule.Id,
                rule.Item,
                null,
                rule.AtLeast,
                compiled.UnansweredResources,
                rule.Risk),
            UnansweredSafetyItem.Urgent => new SafetyFlag(
                rule.Flag,
                SafetySeverity.Urgent,
                rule.Id,
                rule.Item,
                null,
                rule.AtLeast,
                compiled.UnansweredResources,
                rule.Risk),
            _ => null,
        };
    }
}
