using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Tests.Support;

/// <summary>
/// The R psych test data (Scoring/Data): 600 respondents, 18 items on 1-5 in four scales with reverse-keyed items and
/// missing answers, and a pack in code with the same scales, for the scoring and item-analysis cross-checks.
/// </summary>
internal static class PsychVectors
{
    public const string AssessmentId = "psych";

    public static readonly (string Scale, string[] Keys)[] Scales =
    [
        ("s1", ["i1", "-i2", "i3", "i4"]),
        ("s2", ["i5", "-i6", "i7", "-i8", "i9"]),
        ("s3", ["i10", "i11", "-i12"]),
        ("s4", ["-i13", "i14", "i15", "-i16", "i17", "i18"]),
    ];

    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Scoring", "Data", name);

    /// <summary>A CSV of numbers with "NA" for missing, as R writes it.</summary>
    public static (string[] Header, List<double?[]> Rows) ReadCsv(string name)
    {
        var lines = File.ReadAllLines(DataPath(name));
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        var rows = lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(v => v == "NA" ? (double?)null : double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        return (header, rows);
    }

    /// <summary>The respondents of psych-data.csv as responses; a missing answer is an explicit skip.</summary>
    public static List<AssessmentResponse> Responses()
    {
        var (header, rows) = ReadCsv("psych-data.csv");
        return [.. rows.Select(row => new AssessmentResponse(
            AssessmentId, SemanticVersion.Parse("1.0.0"), "any",
            row.Select((v, i) => v is { } value ? new Answer(header[i], (int)value) : Answer.Skipped(header[i])),
            DateTimeOffset.UnixEpoch))];
    }

    public static ContentPack Pack()
    {
        var items = Scales.SelectMany(s => s.Keys.Select(key => new AssessmentItem(key.TrimStart('-'), $"Statement {key.TrimStart('-')} about {{target}}.", s.Scale, key.StartsWith('-'))))
            .OrderBy(i => int.Parse(i.Id[1..], CultureInfo.InvariantCulture))
            .ToList();
        var scales = Scales.Select(s => new Scale(s.Scale, s.Scale, "o", null, Aggregation.Mean, 1, []));
        var assessment = new Assessment(AssessmentId, SemanticVersion.Parse("1.0.0"), "Cross-check", "Answer.", "agree-5", items, scales);
        return new ContentPack(
            "psych-pack", SemanticVersion.Parse("1.0.0"), "en", "Cross-check", "MIT", "R psych vectors",
            [new RelationshipKind("any", "Anyone", "them")],
            [new Obstacle("o", "c", "Obstacle", "For the cross-check.", ["Sign."], ["Origin."])],
            [],
            [new ResponseScale("agree-5", 1, 5, ["1", "2", "3", "4", "5"])],
            [assessment],
            []);
    }
}
