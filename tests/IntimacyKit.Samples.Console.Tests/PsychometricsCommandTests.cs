using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>
/// Issue 21 end to end, in-process: analyze prints the whole psych::alpha summary (JSON with psych's names, agreeing with
/// R psych 2.2.9) and the response frequencies; score --impute agrees with psych::scoreItems; analyze --norms writes
/// norms, refuses too few responses, and progress --norms judges reliable change by them.
/// </summary>
public sealed class PsychometricsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-psychometrics-").FullName;
    private readonly string _pack;

    public PsychometricsCommandTests()
    {
        _pack = Path.Combine(_folder, "pack.json");
        File.WriteAllText(_pack, ContentPackWriter.ToJson(Pack()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "PsychData", name);

    private static JObject Vectors(string set) => (JObject)JObject.Parse(File.ReadAllText(Data("psych-vectors.json")))[set]!;

    [Fact]
    public void Analyze_Json_GivesPsychsNamesAndFigures()
    {
        var (exit, output, error) = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "missing", "--input", Data("missing.csv"), "--json"]);

        exit.Should().Be(ExitCodes.Success, error);
        var scale = JObject.Parse(output)["scales"]![0]!;
        var total = Vectors("missing")["total"]!;
        scale["total"]!["raw_alpha"]!.Value<double>().Should().BeApproximately(total["raw_alpha"]!.Value<double>(), 1e-6);
        scale["total"]!["G6(smc)"]!.Value<double>().Should().BeApproximately(total["G6"]!.Value<double>(), 1e-6);
        scale["total"]!["S/N"]!.Value<double>().Should().BeApproximately(total["S_N"]!.Value<double>(), 1e-6);
        scale["feldt"]!["lower.ci"]!.Value<double>().Should().BeApproximately(total["feldt_lower"]!.Value<double>(), 1e-6);
        var item = scale["items"]![4]!;
        var expected = Vectors("missing")["items"]![4]!;
        item["r.cor"]!.Value<double>().Should().BeApproximately(expected["r_cor"]!.Value<double>(), 1e-6);
        item["alpha.drop"]!["raw_alpha"]!.Value<double>().Should().BeApproximately(expected["alpha_if_dropped"]!.Value<double>(), 1e-6);
        item["response.freq"]!["miss"]!.Value<double>().Should().BeApproximately(expected["freq"]![5]!.Value<double>(), 1e-12);
    }

    [Fact]
    public void Analyze_Freq_PrintsEveryAnswerShareAndTheMissingShare()
    {
        var (exit, output, _) = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "missing", "--input", Data("missing.csv"), "--freq"]);

        exit.Should().Be(ExitCodes.Success);
        output.Should().Contain("raw_alpha 0.765; std.alpha 0.765; G6(smc) 0.727").And.Contain("Feldt 0.716 to 0.808")
            .And.Contain("Response frequencies of total").And.Contain("miss");
        var i1 = output.Split('\n').Last(l => l.Contains("│ i1 ", StringComparison.Ordinal));
        i1.Should().Contain("0.137").And.Contain("0.240").And.Contain("0.305").And.Contain("0.155").And.Contain("0.163").And.Contain("0.068");

        var german = GermanConsoleTests.Run(["analyze", "--pack", _pack, "--assessment", "missing", "--input", Data("missing.csv"), "--freq", "--culture", "de"]);
        german.Output.Should().Contain("raw_alpha 0,765; std.alpha 0,765").And.Contain("Antworthäufigkeiten von total");
    }

    [Theory]
    [InlineData("none")]
    [InlineData("median")]
    [InlineData("mean")]
    public void Score_Impute_AgreesWithPsychScoreItems(string method)
    {
        var output = Path.Combine(_folder, $"scores-{method}.csv");

        var (exit, stdout, error) = BatchCommandTests.Run(
            ["score", "--pack", _pack, "--assessment", "missing", "--input", Data("missing.csv"), "--output", output, "--impute", method]);

        exit.Should().Be(ExitCodes.Success, error);
        var expected = Vectors("missing")["scores_kept"]![method]!.Select(v => v.Value<double>()).ToList();
        var scores = File.ReadAllLines(output).Skip(1).Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToList();
        scores.Should().HaveCount(250);
        for (var i = 0; i < scores.Count; i++)
        {
            scores[i].Should().BeApproximately(expected[i], 1e-9, $"row {i + 2}");
        }

        if (method != "none")
        {
            stdout.Should().Contain($"Missing answers were filled in with each item's {method} over the 250 responses in missing.csv.");
        }
    }

    [Fact]
    public void AnalyzeNorms_WritesNorms_AndProgressJudgesChangeByThem()
    {
        var norms = Path.Combine(_folder, "norms.json");

        var (exit, output, error) = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "complete", "--input", Data("complete.csv"),
            "--norms", norms, "--sample", "Generated pilot, 300 respondents", "--date", "2026-11-01"]);

        exit.Should().Be(ExitCodes.Success, error);
        output.Should().Contain("total: n 300; mean 2.967; SD 0.945; alpha 0.812").And.Contain("Norms for 1 of 1 scales written to norms.json (300 responses read).");
        var file = JObject.Parse(File.ReadAllText(norms));
        file["scales"]!["total"]!["source"]!.Value<string>().Should().Be("Generated pilot, 300 respondents, 2026-11-01; 300 complete responses");
        file["scales"]!["total"]!["table"]!.Should().HaveCount(25);

        var before = Result(4, "march.json", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var after = Result(2, "may.json", new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        BatchCommandTests.Run(["progress", before, after]).Output.Should().Contain("cannot yet be told apart from chance");
        var judged = BatchCommandTests.Run(["progress", "--norms", norms, before, after]);
        judged.Exit.Should().Be(ExitCodes.Success, judged.Error);
        judged.Output.Should().Contain("Total changed by -2 (RCI").And.Contain("a reliable improvement");
    }

    [Fact]
    public void AnalyzeNorms_TooFewResponses_OrMissingSample_IsRefusedAndNothingIsWritten()
    {
        var small = Path.Combine(_folder, "small.csv");
        File.WriteAllLines(small, File.ReadAllLines(Data("complete.csv")).Take(100));
        var norms = Path.Combine(_folder, "norms.json");

        var refused = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "complete", "--input", small, "--norms", norms, "--sample", "s",
            "--date", "2026-11-01"]);
        var noSample = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "complete", "--input", small, "--norms", norms]);
        var noDate = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "complete", "--input", small, "--norms", norms, "--sample", "s"]);
        var withJson = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "complete", "--input", small, "--norms", norms, "--sample", "s",
            "--date", "2026-11-01", "--json"]);
        var badDate = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "complete", "--input", small, "--norms", norms, "--sample", "s", "--date", "1.11.2026"]);

        refused.Exit.Should().Be(ExitCodes.Invalid);
        refused.Output.Should().Contain("total: no norms. Only 99 complete responses to 'total' (every item answered); norms need at least 100");
        refused.Error.Should().Contain("error: No scale had what norms need; norms.json was not written.");
        noSample.Exit.Should().Be(ExitCodes.Usage);
        noSample.Error.Should().Contain("--norms needs --sample");
        badDate.Error.Should().Contain("--date: \"1.11.2026\" is not a date; give it as yyyy-MM-dd");
        noDate.Error.Should().Contain("--norms needs --date: give the date the sample was collected");
        withJson.Exit.Should().Be(ExitCodes.Usage);
        withJson.Error.Should().Contain("--norms writes norms, not an analysis");
        File.Exists(norms).Should().BeFalse();
    }

    [Fact]
    public void Mistakes_AreOneClearLineEach()
    {
        var header = Path.Combine(_folder, "header.csv");
        File.WriteAllLines(header, File.ReadAllLines(Data("complete.csv")).Take(1));
        var result = Result(3, "result.json", DateTimeOffset.UnixEpoch);
        var scores = Path.Combine(_folder, "s.csv");

        var impute = BatchCommandTests.Run(["score", "--pack", _pack, "--assessment", "missing", "--input", Data("missing.csv"), "--output", scores, "--impute", "mode"]);
        var comma = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "missing", "--input", Data("missing.csv"), "--min-alpha", "0,9"]);
        var future = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "complete", "--input", Data("complete.csv"), "--norms",
            Path.Combine(_folder, "n.json"), "--sample", "s", "--date", "2999-01-01"]);
        var empty = BatchCommandTests.Run(["analyze", "--pack", _pack, "--assessment", "complete", "--input", header]);
        var notNorms = BatchCommandTests.Run(["progress", "--norms", result, result, result]);

        impute.Error.Trim().Should().Be("error: --impute: \"mode\" is not a method; give none, median or mean.");
        comma.Error.Trim().Should().Be("error: --min-alpha: \"0,9\" is not a number; write it with a decimal point, such as 0.7.");
        future.Error.Trim().Should().Be("error: --date: 2999-01-01 is after today; give the date the sample was collected.");
        empty.Exit.Should().Be(ExitCodes.Invalid);
        empty.Error.Trim().Should().Be("error: header.csv: no response to analyze (0 rows read); the file needs a header row and at least one row of answers.");
        notNorms.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("'format' is \"intimacykit/result@1\"; a norms file says");
    }

    [Fact]
    public void Take_WithAPackWithoutTheDefaultRelationship_UsesItsFirstKind()
    {
        var answers = Path.Combine(_folder, "answers.json");
        File.WriteAllText(answers, "{\"i1\": 4, \"i2\": 4, \"i3\": 2, \"i4\": 4, \"i5\": 4, \"i6\": 4}");

        var (exit, output, error) = BatchCommandTests.Run(["take", "--pack", _pack, "--assessment", "complete", "--answers", answers, "--json"]);

        exit.Should().Be(ExitCodes.Success, error);
        JObject.Parse(output)["relationshipKind"]!.Value<string>().Should().Be("any");
        error.Should().Contain("no answer was checked for safety").And.NotContain("Kinds of help: .");
    }

    /// <summary>A saved result of the "complete" set with every item at <paramref name="level"/> (item 3 reversed).</summary>
    private string Result(int level, string name, DateTimeOffset at)
    {
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(new ContentCatalog(Pack()));
        var response = new AssessmentResponse("complete", SemanticVersion.Parse("1.0.0"), "any",
            Enumerable.Range(1, 6).Select(i => new Answer($"i{i}", i == 3 ? 6 - level : level)), at);
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, AssessmentResultSerializer.ToJson(pipeline.Score(response)));
        return path;
    }

    /// <summary>The "complete" and "missing" sets as one-scale assessments, keyed as in the R script.</summary>
    private static ContentPack Pack()
    {
        Assessment Of(string set, int[] reversed, int items) => new(
            set, SemanticVersion.Parse("1.0.0"), "Cross-check", "Answer.", "agree-5",
            Enumerable.Range(1, items).Select(i => new AssessmentItem($"i{i}", $"Statement {i} about {{target}}.", "total", reversed.Contains(i))),
            [new Scale("total", "Total", "o", null, Aggregation.Mean, 1, [])]);
        return new ContentPack(
            "psych-sets", SemanticVersion.Parse("1.0.0"), "en", "Cross-check", "MIT", "R psych vectors",
            [new RelationshipKind("any", "Anyone", "them")],
            [new Obstacle("o", "c", "Obstacle", "For the cross-check.", ["Sign."], ["Origin."])],
            [],
            [new ResponseScale("agree-5", 1, 5, ["1", "2", "3", "4", "5"])],
            [Of("complete", [3], 6), Of("missing", [5], 5)],
            []);
    }
}
