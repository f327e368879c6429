using System.Globalization;

namespace IntimacyKit.Scoring.Stages;

/// <summary>
/// Flags, never verdicts: straight-lining (one answer on nearly every scored item, although some are reverse-keyed),
/// contradictions (a normal and a reverse-keyed item of one scale at opposite ends once keyed), and implausibly fast
/// answering (when response times are given). Scores are produced either way.
/// </summary>
internal sealed class ResponseQualityStage(ResponseQualityOptions options) : BuiltInStage(ScoringStageNames.ResponseQuality, ScoringStageNames.ReverseKey)
{
    private const int MaxResponsePoints = 101;

    public override StageFlow Execute(ScoringContext context)
    {
        CheckStraightLining(context);
        if (options.CheckContradictions)
        {
            CheckContradictions(context);
        }

        CheckSpeed(context);
        return StageFlow.Continue;
    }

    internal override void Validate(List<string> problems)
    {
        if (options.StraightLiningMinItems < 2)
        {
            problems.Add($"ResponseQualityOptions.StraightLiningMinItems is {options.StraightLiningMinItems}; value should be at least 2.");
        }

        if (!(options.StraightLiningShare > 0.5 && options.StraightLiningShare <= 1))
        {
            problems.Add($"ResponseQualityOptions.StraightLiningShare is {options.StraightLiningShare.ToString(CultureInfo.InvariantCulture)}; value should be in range (0.5, 1].");
        }

        if (options.FastAnswer <= TimeSpan.Zero)
        {
            problems.Add($"ResponseQualityOptions.FastAnswer is {options.FastAnswer}; it should be positive.");
        }

        if (!(options.FastShare > 0 && options.FastShare <= 1))
        {
            problems.Add($"ResponseQualityOptions.FastShare is {options.FastShare.ToString(CultureInfo.InvariantCulture)}; value should be in range (0, 1].");
        }

        if (options.MinTimedAnswers < 1)
        {
            problems.Add($"ResponseQualityOptions.MinTimedAnswers is {options.MinTimedAnswers}; value should be at least 1.");
        }
    }

    private void CheckStraightLining(ScoringContext context)
    {
        // A histogram of raw answers; a response scale has at most 101 points, so it fits in a fixed stack buffer.
        var layout = context.Compiled.Layout;
        var min = layout.ResponseMin;
        var reverse = layout.ItemReverse;
        ReadOnlySpan<int> raw = context.Raw;
        Span<int> counts = stackalloc int[MaxResponsePoints];
        counts = counts[..(layout.ResponseMax - min + 1)];
        var answered = 0;
        var reversedAnswered = false;
        foreach (var i in context.Compiled.ScoredItems)
        {
            var value = raw[i];
            if (value > ScoringContext.SkippedMark)
            {
                counts[value - min]++;
                answered++;
                reversedAnswered |= reverse[i];
            }
        }

        if (answered < options.StraightLiningMinItems || !reversedAnswered)
        {
            return;
        }

        var most = 0;
        for (var v = 1; v < counts.Length; v++)
        {
            if (counts[v] > counts[most])
            {
                most = v;
            }
        }

        if (counts[most] >= options.StraightLiningShare * answered)
        {
            context.AddQualityFlag(new QualityFlag(
                QualityFlagKind.StraightLining,
                string.Create(CultureInfo.InvariantCulture, $"{counts[most]} of {answered} answered items have the same answer ({most + min}), including reverse-keyed items that ask the opposite; the scores may not reflect the person's views."),
                []));
        }
    }

    private static void CheckContradictions(ScoringContext context)
    {
        var layout = context.Compiled.Layout;
        var span = layout.ResponseMax - layout.ResponseMin;
        ReadOnlySpan<int> keyed = context.Keyed;
        var compiled = context.Compiled;
        var normals = compiled.PairNormal;
        var reverses = compiled.PairReverse;
        var start = compiled.PairStart;
        for (var s = 0; s < start.Length - 1; s++)
        {
            List<string>? items = null;
            for (var k = start[s]; k < start[s + 1]; k++)
            {
                // Missing answers are large negative marks, so a pair with one missing never reaches the span.
                var a = keyed[normals[k]];
                var b = keyed[reverses[k]];
                if (a > ScoringContext.SkippedMark && b > ScoringContext.SkippedMark && Math.Abs(a - b) >= span)
                {
                    items ??= [];
                    items.Add(layout.ItemIds[normals[k]]);
                    items.Add(layout.ItemIds[reverses[k]]);
                }
            }

            if (items is not null)
            {
                var scale = layout.Scores[s];
                context.AddQualityFlag(new QualityFlag(
                    QualityFlagKind.Contradiction,
                    $"In '{scale.Title}', items that ask opposite things were answered the same way at the end of the scale ({string.Join(", ", items.Distinct())}).",
                    items.Distinct(),
                    scale.Id));
            }
        }
    }

    private void CheckSpeed(ScoringContext context)
    {
        if (!context.HasResponseTimes)
        {
            return;
        }

        var timed = 0;
        var fast = 0;
        foreach (var answer in context.Response.Answers)
        {
            if (answer.ResponseTime is { } time)
            {
                timed++;
                if (time < options.FastAnswer)
                {
                    fast++;
                }
            }
        }

        if (timed >= options.MinTimedAnswers && fast >= options.FastShare * timed)
        {
            context.AddQualityFlag(new QualityFlag(
                QualityFlagKind.TooFast,
                string.Create(CultureInfo.InvariantCulture, $"{fast} of {timed} timed answers took less than {options.FastAnswer.TotalSeconds:0.##} s, faster than the items can be read."),
                []));
        }
    }
}
