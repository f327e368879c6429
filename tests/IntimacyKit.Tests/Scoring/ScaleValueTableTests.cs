using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Scoring.Stages;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Scoring;

/// <summary>
/// The fused stages read a short scale's score and band from a table of every score it can take; the table must hold
/// exactly what the division and the band search give, for every answered count and sum, on mean and sum scales.
/// </summary>
public class ScaleValueTableTests
{
    public static TheoryData<string> Packs() => ["default", "vectors-mean", "vectors-sum", "vectors-0-7", "long-mean", "long-sum"];

    [Theory]
    [MemberData(nameof(Packs))]
    public void EveryPossibleScore_IsTheDivisionsValue_InTheBandSearchsBand(string name)
    {
        var catalog = name switch
        {
            "default" => DefaultContent.Catalog,
            "vectors-mean" => new ContentCatalog(ScoringPacks.Create()),
            "vectors-sum" => new ContentCatalog(ScoringPacks.Create(aggregation: Aggregation.Sum)),
            "vectors-0-7" => new ContentCatalog(ScoringPacks.Create(0, 7)),
            "long-mean" => new ContentCatalog(FusedStagesTests.LongScalePack(Aggregation.Mean, 40)),
            _ => new ContentCatalog(FusedStagesTests.LongScalePack(Aggregation.Sum, 40)),
        };
        var checkedScores = 0;

        foreach (var assessment in catalog.Assessments)
        {
            var compiled = new CompiledAssessment(assessment, catalog);
            var (min, max) = (compiled.ResponseScale.Min, compiled.ResponseScale.Max);
            for (var s = 0; s < compiled.ScaleMinimum.Length; s++)
            {
                var items = compiled.ScaleItemStart[s + 1] - compiled.ScaleItemStart[s];
                for (var answered = 0; answered <= items; answered++)
                {
                    for (var sum = answered * min; sum <= answered * max; sum++)
                    {
                        var slot = default(ScoreSlot);
                        compiled.ScaleValues.Score(compiled, ref slot, s, sum, answered);

                        slot.Answered.Should().Be((short)answered);
                        if (answered < Math.Max(1, compiled.ScaleMinimum[s]))
                        {
                            slot.Status.Should().Be(ScoreStatus.NotScored);
                            slot.Reason.Should().Be(NotScoredReason.TooFewAnswers);
                            continue;
                        }

                        var expected = AggregateStage.ScaleValue(compiled.ScaleIsSum[s], sum, items, answered);
                        BitConverter.DoubleToInt64Bits(slot.Value).Should().Be(BitConverter.DoubleToInt64Bits(expected), $"{assessment.Id} scale {s}, {sum}/{answered}");
                        slot.BandPlusOne.Should().Be(ExpectedBand(compiled.Layout.Scores[s], expected), $"{assessment.Id} scale {s}, {sum}/{answered}");
                        slot.Status.Should().Be(ScoreStatus.Scored);
                        checkedScores++;
                    }
                }
            }
        }

        checkedScores.Should().BeGreaterThan(10);
    }

    [Fact]
    public void ShortScales_HaveTables_AndAVeryLongScaleIsComputed()
    {
        var defaults = DefaultContent.Catalog;
        foreach (var assessment in defaults.Assessments)
        {
            var compiled = new CompiledAssessment(assessment, defaults);
            Enumerable.Range(0, compiled.ScaleMinimum.Length).Should().OnlyContain(s => compiled.ScaleValues.HasTable(s), $"every scale of {assessment.Id} is short");
        }

        var catalog = new ContentCatalog(FusedStagesTests.LongScalePack(Aggregation.Mean, 40));
        var longScales = new CompiledAssessment(catalog.Assessments[0], catalog);
        longScales.ScaleValues.HasTable(0).Should().BeFalse("40 items on 7 points can take 9,640 (answered, sum) pairs, more than a table holds");
        longScales.ScaleValues.HasTable(1).Should().BeTrue();
    }

    [Fact]
    public void TheContradictionTable_AgreesWithTheTest_ForEveryEndPattern()
    {
        for (var ends = 0; ends < 16; ends++)
        {
            ((ResponseQualityStage.ContradictionPatterns >> ends) & 1).Should().Be(ResponseQualityStage.IsContradiction(ends) ? 1 : 0, $"pattern {ends}");
        }
    }

    /// <summary>The band as the content defines it: from &lt;= score &lt; to, and the top band also holds its own end.</summary>
    private static byte ExpectedBand(ScoreLayout score, double value)
    {
        for (var b = 0; b < score.Bands.Length; b++)
        {
            var band = score.Bands[b];
            if (value >= band.From && (value < band.To || (value == band.To && band.To >= score.Highest)))
            {
                return (byte)(b + 1);
            }
        }

        return 0;
    }
}
