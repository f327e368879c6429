using System.Globalization;
using System.Text;
using IntimacyKit.Content;
using IntimacyKit.Serialization;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// The batch benchmark's data: a pack with 48 items on 1-5 in 12 scales of 4 (the 4th item of each reverse-keyed,
/// a scale scored from any answered item, as psych::scoreItems(impute = "none") does), and respondents with
/// correlated answers and about 2% missing. Deterministic: the same seed gives the same file.
/// </summary>
public static class BatchData
{
    public const string AssessmentId = "batch";

    /// <summary>The pack: 12 scales of 4 items, or with <paramref name="oneScale"/> the same 48 items as one scale (the worst case for item analysis).</summary>
    public static ContentPack Pack(bool oneScale = false)
    {
        var items = Enumerable.Range(1, 48)
            .Select(i => new AssessmentItem($"q{i:00}", $"Statement {i} about {{target}}.", oneScale ? "s01" : $"s{((i - 1) / 4) + 1:00}", i % 4 == 0))
            .ToList();
        var scales = Enumerable.Range(1, oneScale ? 1 : 12).Select(s => new Scale($"s{s:00}", $"Scale {s}", "o", null, Aggregation.Mean, 1, []));
        var assessment = new Assessment(AssessmentId, SemanticVersion.Parse("1.0.0"), "Batch benchmark", "Answer each statement.", "agree-5", items, scales);
        return new ContentPack(
            "batch-benchmark", SemanticVersion.Parse("1.0.0"), "en", "Batch benchmark", "MIT", "IntimacyKit benchmarks",
            [new RelationshipKind("any", "Anyone", "them")],
            [new Obstacle("o", "c", "Obstacle", "For the benchmark.", ["Sign."], ["Origin."])],
            [],
            [new ResponseScale("agree-5", 1, 5, ["1", "2", "3", "4", "5"])],
            [assessment],
            []);
    }

    /// <summary>Writes pack.json and data-ROWS.csv into a folder.</summary>
    public static void Write(string folder, int rows, int seed = 20261127)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "pack.json"), ContentPackWriter.ToJson(Pack()));
        var random = new Random(seed);
        using var csv = new StreamWriter(Path.Combine(folder, $"data-{rows}.csv"), false, new UTF8Encoding(false), 1 << 16);
        csv.Write("id");
        for (var i = 1; i <= 48; i++)
        {
            csv.Write($",q{i:00}");
        }

        csv.Write('\n');
        var traits = new double[12];
        for (var r = 1; r <= rows; r++)
        {
            csv.Write(string.Create(CultureInfo.InvariantCulture, $"r{r:0000000}"));
            for (var s = 0; s < 12; s++)
            {
                traits[s] = Normal(random);
            }

            for (var i = 0; i < 48; i++)
            {
                csv.Write(',');
                if (random.NextDouble() < 0.02)
                {
                    continue;
                }

                var sign = i % 4 == 3 ? -1 : 1;
                var value = Math.Clamp((int)Math.Round(3 + (sign * 0.9 * traits[i / 4]) + (0.8 * Normal(random))), 1, 5);
                csv.Write((char)('0' + value));
            }

            csv.Write('\n');
        }
    }

    /// <summary>
    /// Compares two score files (ours: empty when not scored; R's: NA), header names unquoted, row by row. Prints
    /// the rows and cells compared and the largest difference.
    /// </summary>
    public static bool Compare(string ours, string theirs, TextWriter report)
    {
        static string[][] Read(string path) => [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split(',').Select(c => c.Trim('"')).ToArray())];
        var a = Read(ours);
        var b = Read(theirs);
        if (!a[0].SequenceEqual(b[0]) || a.Length != b.Length)
        {
            report.WriteLine($"different shape: [{string.Join(",", a[0])}] x {a.Length} vs [{string.Join(",", b[0])}] x {b.Length}");
            return false;
        }

        double max = 0;
        long cells = 0, missing = 0;
        for (var r = 1; r < a.Length; r++)
        {
            if (a[r][0] != b[r][0])
            {
                report.WriteLine($"row {r}: id {a[r][0]} vs {b[r][0]}");
                return false;
            }

            for (var c = 1; c < a[r].Length; c++)
            {
                var x = a[r][c];
                var y = b[r][c];
                if (x.Length == 0 || y == "NA")
                {
                    if (x.Length != 0 || y != "NA")
                    {
                        report.WriteLine($"row {r}, {a[0][c]}: '{x}' vs '{y}'");
                        return false;
                    }

                    missing++;
                    continue;
                }

                max = Math.Max(max, Math.Abs(double.Parse(x, CultureInfo.InvariantCulture) - double.Parse(y, CultureInfo.InvariantCulture)));
                cells++;
            }
        }

        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(ours)} vs {Path.GetFileName(theirs)}: {a.Length - 1} rows, {cells} scores compared, {missing} unscored in both, largest difference {max:E2} ({(max <= 1e-9 ? "agree to 1e-9" : "DISAGREE")})"));
        return max <= 1e-9;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
