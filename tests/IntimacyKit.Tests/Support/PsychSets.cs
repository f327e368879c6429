using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Tests.Support;

/// <summary>
/// The four data sets of Psychometrics/Data (complete, missing, constant, twoitems) with what R psych 2.2.9 reports
/// for them (psych-vectors.json, made by psych-vectors.R): each as a one-scale assessment whose keys match the R call.
/// </summary>
internal static class PsychSets
{
    public static readonly string[] Names = ["complete", "missing", "constant", "twoitems"];

    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Psychometrics", "Data", name);

    public static JObject Vectors(string set) => (JObject)JObject.Parse(File.ReadAllText(DataPath("psych-vectors.json")))[set]!;

    /// <summary>The set's rows: header and answers, null where the cell is empty.</summary>
    public static (string[] Header, List<int?[]> Rows) Read(string set)
    {
        var lines = File.ReadAllLines(DataPath(set + ".csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(v => v.Length == 0 ? (int?)null : int.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        return (header, rows);
    }

    public static ImmutableArray<int> Keys(string set) => [.. Vectors(set)["keys"]!.Select(k => (int)k)];

    public static List<AssessmentResponse> Responses(string set)
    {
        var (header, rows) = Read(set);
        return [.. rows.Select(row => new AssessmentResponse(
            set, SemanticVersion.Parse("1.0.0"), "any",
            row.Select((v, i) => v is { } value ? new Answer(header[i], value) : Answer.Skipped(header[i])),
            DateTimeOffset.UnixEpoch))];
    }

    /// <summary>One pack with an assessment per set: one scale "total" (mean of 1 answered item at least), items keyed as in R.</summary>
    public static ContentPack Pack(int minAnswered = 1) => new(
        "psych-sets", SemanticVersion.Parse("1.0.0"), "en", "Cross-check", "MIT", "R psych vectors",
        [new RelationshipKind("any", "Anyone", "them")],
        [new Obstacle("o", "c", "Obstacle", "For the cross-check.", ["Sign."], ["Origin."])],
        [],
        [new ResponseScale("agree-5", 1, 5, ["1", "2", "3", "4", "5"])],
        [.. Names.Select(set => Assessment(set, Math.Min(minAnswered, Read(set).Header.Length)))],
        []);

    private static Assessment Assessment(string set, int minAnswered)
    {
        var header = Read(set).Header;
        var keys = Keys(set);
        var items = header.Select((id, i) => new AssessmentItem(id, $"Statement {id} about {{target}}.", "total", keys[i] < 0));
        return new Assessment(set, SemanticVersion.Parse("1.0.0"), "Cross-check", "Answer.", "agree-5", items,
            [new Scale("total", "Total", "o", null, Aggregation.Mean, minAnswered, [])]);
    }
}
