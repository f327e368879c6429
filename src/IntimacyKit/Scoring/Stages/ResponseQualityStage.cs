using System.Globalization;

namespace IntimacyKit.Scoring.Stages;

/// <summary>
/// Flags, never verdicts: straight-lining (one answer on nearly every scored item, although some are reverse-keyed),
/// contradictions (a normal and a reverse-keyed item of one scale at opposite ends once keyed), and implausibly fast
/// answering (when response times are given). Scores are produced either way.
/// </summary>
internal sealed class ResponseQualityStage(ResponseQualityOptions options) : BuiltInStage(ScoringStageNames.ResponseQuality, ScoringStageNames.ReverseKey)
{
    internal ResponseQualityOptions Options => options;

    public override StageFlow Execute(ScoringContext context)
    {
        CheckAnswerPatterns(context);
        CheckSpeed(context);
        return StageFlow.Continue;
    }

    protected override void OnValidate(ICollection<string> problems)
    {
        if (options.StraightLiningMinItems < 2)
        {
            problems.Add($"ResponseQualityOptions.StraightLiningMinItems is {options.StraightLiningMinItems}; value should be at least 2.");
        }

        if (!(options.StraightLiningShare > 0.5 && options.StraightLiningShare <= 1))
        {
            problems.Add($"ResponseQualityOptions.StraightLiningShare is {options.StraightLiningShare.ToString(CultureInfo.InvariantCulture)}; value should "
                + "be in range (0.5, 1].");
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

    /// <summary>
    /// One pass over every scale's items finds both patterns, with every count kept in registers. Straight-lining: a
    /// histogram of raw answers packed into one 64-bit integer, eight bits per answer point (up to 8 points and 255
    /// answers; longer scales fall back to a histogram in memory). Contradiction: keyed answers a whole scale apart
    /// means one at the top and one at the bottom, so four bits per scale record whether a normal or a reverse-keyed
    /// item sits at either end; only when both ends are taken by opposite kinds are the pairs listed.
    /// </summary>
    private void CheckAnswerPatterns(ScoringContext context)
    {
        var compiled = context.Compiled;
        var layout = compiled.Layout;
        var bottom = layout.ResponseMin;
        var top = layout.ResponseMax;
        var points = top - bottom + 1;
        var reverse = layout.ItemReverse;
        var items = compiled.ScaleItems;
        var start = compiled.ScaleItemStart;
        ReadOnlySpan<int> raw = context.Raw;
        ReadOnlySpan<int> keyed = context.Keyed;
        var packed = points <= 8 && items.Length <= 255;
        Span<int> counts = packed ? [] : new int[points];
        ulong lanes = 0;
        var answered = 0;
        var reversedAnswered = false;
        for (var s = 0; s < start.Length - 1; s++)
        {
            // Bit 0: a normal item at the top; 1: a normal item at the bottom; 2 and 3: the same for reverse-keyed items.
            var ends = 0;
            for (var k = start[s]; k < start[s + 1]; k++)
            {
                var item = items[k];
                var value = raw[item];
                if (value <= ScoringContext.SkippedMark)
                {
                    continue;
                }

                answered++;
                if (packed)
                {
                    lanes += 1UL << (8 * (value - bottom));
                }
                else
                {
                    counts[value - bottom]++;
                }

                var shift = reverse[item] ? 2 : 0;
                reversedAnswered |= reverse[item];
                var key = keyed[item];
                ends |= ((key == top ? 1 : 0) | (key == bottom ? 2 : 0)) << shift;
            }

            if (options.CheckContradictions && IsContradiction(ends))
            {
                FlagContradiction(context, s, keyed, top - bottom);
            }
        }

        CheckStraightLining(context, answered, reversedAnswered, lanes, counts);
    }

    /// <summary>Whether a scale's end bits (see <see cref="CheckAnswerPatterns"/>) hold a normal and a reverse-keyed item at opposite ends.</summary>
    internal static bool IsContradiction(int ends) => (ends & 0b1001) == 0b1001 || (ends & 0b0110) == 0b0110;

    /// <summary>
    /// <see cref="IsContradiction"/> of every 4-bit end pattern as one 16-bit table (bit e set when pattern e
    /// contradicts), for a test without branches: (ContradictionPatterns &gt;&gt; (ends &amp; 15)) &amp; 1.
    /// </summary>
    internal const int ContradictionPatterns = 0b1110_1010_1100_0000;

    /// <summary>
    /// Flags straight-lining from the histogram of raw answers: packed eight bits a point in <paramref name="lanes"/>,
    /// or in <paramref name="counts"/> when that is not empty.
    /// </summary>
    internal void CheckStraightLining(ScoringContext context, int answered, bool reversedAnswered, ulong lanes, ReadOnlySpan<int> counts)
    {
        if (answered < options.StraightLiningMinItems || !reversedAnswered)
        {
            return;
        }

        var bottom = context.Compiled.Layout.ResponseMin;
        var points = context.Compiled.Layout.ResponseMax - bottom + 1;
        var packed = counts.IsEmpty;
        int most = 0, mostCount = -1;
        for (var v = 0; v < points; v++)
        {
            var count = packed ? (int)((lanes >> (8 * v)) & 0xFF) : counts[v];
            if (count > mostCount)
            {
                (most, mostCount) = (v, count);
            }
        }

        if (mostCount >= options.StraightLiningShare * answered)
        {
            context.AddQualityFlag(new QualityFlag(
                QualityFlagKind.StraightLining,
                ResultText.StraightLining(context.Compiled.Layout.Culture, mostCount, answered, most + bottom),
                []));
        }
    }

    internal static void FlagContradiction(ScoringContext context, int scale, ReadOnlySpan<int> keyed, int span)
    {
        var compiled = context.Compiled;
        var ids = new List<string>();
        for (var k = compiled.PairStart[scale]; k < compiled.PairStart[scale + 1]; k++)
        {
            var a = keyed[compiled.PairNormal[k]];
            var b = keyed[compiled.PairReverse[k]];
            if (a > ScoringContext.SkippedMark && b > ScoringContext.SkippedMark && Math.Abs(a - b) >= span)
            {
                ids.Add(compiled.Layout.ItemIds[compiled.PairNormal[k]]);
                ids.Add(compiled.Layout.ItemIds[compiled.PairReverse[k]]);
            }
        }

        var layout = compiled.Layout.Scores[scale];
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        context.AddQualityFlag(new QualityFlag(
            QualityFlagKind.Contradiction,
            ResultText.Contradiction(compiled.Layout.Culture, layout.Title),
            distinct,
            layout.Id));
    }

    internal void CheckSpeed(ScoringContext context)
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
                ResultText.TooFast(context.Compiled.Layout.Culture, fast, timed, options.FastAnswer.TotalSeconds),
                []));
        }
    }
}
