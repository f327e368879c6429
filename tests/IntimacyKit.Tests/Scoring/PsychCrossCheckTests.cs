using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Scoring;

/// <summary>
/// Scale means agree with R psych::scoreItems(keys, data, totals = FALSE, impute = "none", min = 1, max = 5) to 1e-9 on
/// 600 generated respondents with reverse-keyed items and 12% missing answers. The data, the R script
/// (Scoring/Data/psych-scoreitems.R, psych 2.2.9) and its output are committed; the test does not need R.
/// </summary>
public class PsychCrossCheckTests
{
    [Fact]
    public void ScaleMeans_600Respondents_AgreeWithPsychScoreItems()
    {
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(new ContentCatalog(PsychVectors.Pack()));
        var responses = PsychVectors.Responses();
        var expected = PsychVectors.ReadCsv("psych-scores.csv");
        responses.Should().HaveCount(600);
        var compared = 0;

        for (var row = 0; row < responses.Count; row++)
        {
            var result = pipeline.Score(responses[row]);
            for (var s = 0; s < PsychVectors.Scales.Length; s++)
            {
                var scale = PsychVectors.Scales[s].Scale;
                var ours = result.GetScore(scale).Value;
                if (expected.Rows[row][s] is not { } r)
                {
                    ours.Should().BeNull($"psych has no score for row {row + 1}, scale {scale}");
                }
                else
                {
                    ours.Should().NotBeNull();
                    ours!.Value.Should().BeApproximately(r, 1e-9, $"row {row + 1}, scale {scale}");
                    compared++;
                }
            }
        }

        compared.Should().BeGreaterThan(2_300);
    }
}
