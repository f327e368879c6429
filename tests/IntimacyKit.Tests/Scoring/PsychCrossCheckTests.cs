using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Tests.Scoring;

/// <summary>
/// Scale means agree with R psych::scoreItems(keys, data, totals = FALSE, impute = "none", min = 1, max = 5) to 1e-9 on
/// 600 generated respondents with reverse-keyed items and 12% missing answers. The data, the R script
/// (Scoring/Data/psych-scoreitems.R, psych 2.2.9) and its output are committed; the test does not need R.
/// </summary>
public class PsychCrossCheckTests
{
    private static readonly (string Scale, string[] Keys)[] Scales =
    [
        ("s1", ["i1", "-i2", "i3", "i4"]),
        ("s2", ["i5", "-i6", "i7", "-i8", "i9"]),
        ("s3", ["i10", "i11", "-i12"]),
        ("s4", ["-i13", "i14", "i15", "-i16", "i17", "i18"]),
    ];

    [Fact]
    public void ScaleMeans_600Respondents_AgreeWithPsychScoreItems()
    {
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(new ContentCatalog(Pack()));
        var data = ReadCsv("psych-data.csv");
        var expected = ReadCsv("psych-scores.csv");
        data.Rows.Should().HaveCount(600);
        var compared = 0;

        for (var row = 0; row < data.Rows.Count; row++)
        {
            var answers = data.Header.Select((item, column) => (item, value: data.Rows[row][column]))
                .Where(a => a.value is not null)
                .Select(a => new Answer(a.item, (int)a.value!.Value));
            var result = pipeline.Score(new AssessmentResponse("psych", SemanticVersion.Parse("1.0.0"), "any", answers, DateTimeOffset.UnixEpoch));

            for (var s = 0; s < Scales.Length; s++)
            {
                var r = expected.Rows[row][s];
                var ours = result.GetScore(Scales[s].Scale).Value;
                if (r is null)
                {
                    ours.Should().BeNull($"psych has no score for row {row + 1}, scale {Scales[s].Scale}");
                }
                else
                {
                    ours.Should().NotBeNull();
                    ours!.Value.Should().BeApproximately(r.Value, 1e-9, $"row {row + 1}, scale {Scales[s].Scale}");
                    compared++;
                }
            }
        }

        compared.Should().BeGreaterThan(2_300);
    }

    private static ContentPack Pack()
    {
        var items = Scales.SelectMany(s => s.Keys.Select(key => new AssessmentItem(key.TrimStart('-'), $"Statement {key.TrimStart('-')} about {{target}}.", s.Scale, key.StartsWith('-'))))
            .OrderBy(i => int.Parse(i.Id[1..], CultureInfo.InvariantCulture))
            .ToList();
        var scales = Scales.Select(s => new Scale(s.Scale, s.Scale, "o", null, Aggregation.Mean, 1, []));
        var assessment = new Assessment("psych", SemanticVersion.Parse("1.0.0"), "Cross-check", "Answer.", "agree-5", items, scales);
        return new ContentPack(
            "psych-pack", SemanticVersion.Parse("1.0.0"), "en", "Cross-check", "MIT", "R psych vectors",
            [new RelationshipKind("any", "Anyone", "them")],
            [new Obstacle("o", "c", "Obstacle", "For the cross-check.", ["Sign."], ["Origin."])],
            [],
            [new ResponseScale("agree-5", 1, 5, ["1", "2", "3", "4", "5"])],
            [assessment],
            []);
    }

    private static (string[] Header, List<double?[]> Rows) ReadCsv(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Scoring", "Data", name));
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        var rows = lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(v => v == "NA" ? (double?)null : double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        return (header, rows);
    }
}
