using IntimacyKit.Content;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>
/// Issue 13: every file-system and input mistake a user can make, run as a real process: the documented exit code,
/// one line on standard error naming the path or the place and what to do, no stack trace, and no partial file.
/// Machine output (every --json) parses with a strict parser.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ProcessMistakesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-mistakes-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.GetFiles(_folder, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string, string[], string, int, string> Mistakes() => new()
    {
        { "score into a folder that does not exist", ["score", "--assessment", "intimacy-quick-check", "--input", "answers.csv", "--output", "missing/scores.csv"], "", ExitCodes.Usage, "does not exist" },
        { "score onto a folder", ["score", "--assessment", "intimacy-quick-check", "--input", "answers.csv", "--output", "folder.csv"], "", ExitCodes.Usage, "is a folder" },
        { "score onto a read-only file", ["score", "--assessment", "intimacy-quick-check", "--input", "answers.csv", "--output", "read-only.csv"], "", ExitCodes.Usage, "read-only" },
        { "plan into a folder that does not exist", ["plan", "--result", "result.json", "--ics", "missing/plan.ics"], "", ExitCodes.Usage, "does not exist" },
        { "an answer far out of range", ["take", "--answers", "huge.json"], "", ExitCodes.Invalid, "far outside any answer scale" },
        { "an item answered twice in JSON", ["take", "--answers", "twice.json"], "", ExitCodes.Invalid, "'q-shame' is answered twice" },
        { "an item answered twice in CSV", ["take"], "q-shame,2\nq-shame,3\n", ExitCodes.Invalid, "answered again (first on line 1)" },
        { "binary garbage", ["take", "--answers", "garbage.bin"], "", ExitCodes.Invalid, "not text (byte 0x00 at byte offset 3)" },
        { "an answers file too large to be one response", ["take", "--answers", "big.csv"], "", ExitCodes.Invalid, "too large for an answers file" },
        { "nothing answered", ["take"], "", ExitCodes.Invalid, "no answers were given" },
        { "no row that can be scored", ["score", "--assessment", "intimacy-quick-check", "--input", "bad-rows.csv", "--output", "scores.csv"], "", ExitCodes.Invalid, "no row could be scored" },
        { "a result file that is not JSON", ["plan", "--result", "garbage.bin"], "", ExitCodes.Invalid, "garbage.bin: not text" },
        { "score onto its own input", ["score", "--assessment", "intimacy-quick-check", "--input", "answers.csv", "--output", "answers.csv"], "", ExitCodes.Usage, "is the input file" },
        { "answers that are a folder", ["take", "--answers", "folder.csv"], "", ExitCodes.Usage, "is a folder" },
        { "a half-way answers file given as a result", ["plan", "--result", "half.json"], "", ExitCodes.Invalid, "holds answers saved half-way" },
        { "a JSON answers file cut off", ["take", "--answers", "cut.json"], "", ExitCodes.Invalid, "cut.json:1:20: The JSON ends too early; the file may be incomplete." },
        { "weeks out of range", ["plan", "--result", "result.json", "--weeks", "0"], "", ExitCodes.Usage, "plan: --weeks: Value 0 should be in range [1-52]." },
        { "minutes out of range", ["plan", "--result", "result.json", "--minutes", "1"], "", ExitCodes.Usage, "plan: --minutes: Value 1 should be in range [5-240]." },
        { "a kind of exercise that does not exist", ["plan", "--result", "result.json", "--modes", "dance"], "", ExitCodes.Usage, "use solo, together, journal or conversation" },
        { "a byte order mark on standard input", ["take"], "\uFEFFq-shame,3\n", ExitCodes.Invalid, "nothing could be scored" },
        { "--resume with redirected input", ["take", "--resume", "half.json"], "q-shame,3\n", ExitCodes.Usage, "--resume: carries on in a terminal" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_IsOneLineWithItsExitCode_AndLeavesNoFile(string name, string[] args, string stdin, int exitCode, string says)
    {
        Prepare();
        var before = Snapshot();

        var (exit, output, error) = Run(stdin, args);

        exit.Should().Be(exitCode, $"{name}: {error}");
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle(l => l.StartsWith("error: ", StringComparison.Ordinal), name).Which.Should().Contain(says, name);
        error.Should().NotContain("   at ", $"{name}: no stack trace").And.NotContain("Exception", name);
        error.Should().NotContain("\u0001", $"{name}: input is never echoed raw").And.NotContain("(Parameter", name).And.NotContain("System.", name);
        Snapshot().Should().BeEquivalentTo(before, $"{name}: nothing is written or changed");
        output.Should().NotContain("   at ");
    }

    [Fact]
    public void JsonOutputs_OfEveryCommand_ParseStrictly_EvenWithLongWarningsAndSafetyFlags()
    {
        Prepare();

        var take = Run("safety-afraid,5\nq-persona-mask,5\nq-weak-self,5\nq-work-persona,4\n", "take", "--json");
        var takeProfile = Run(string.Empty, "take", "--assessment", "intimacy-profile", "--relationship", "parent-child", "--answers", "result-answers.json", "--json");
        var analyze = Run(string.Empty, "analyze", "--assessment", "intimacy-quick-check", "--input", "answers.csv", "--json", "--min-alpha", "0.99");

        foreach (var (name, run) in new[] { ("take", take), ("take profile", takeProfile), ("analyze", analyze) })
        {
            run.Exit.Should().Be(ExitCodes.Success, $"{name}: {run.Error}");
            var parse = () => Strict(run.Output);
            parse.Should().NotThrow($"{name} --json is exact JSON, never wrapped");
            run.Output.Split('\n').Should().OnlyContain(l => l.Length < 2000, name);
        }

        Strict(take.Output)["disclaimer"]!.Value<string>().Should().Contain("not a diagnosis");
        take.Error.Should().Contain("Support:", "the person still sees support, on standard error");
        Strict(analyze.Output)["disclaimer"]!.Value<string>().Should().Contain("not a diagnosis");
    }

    private static JObject Strict(string json)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json));
        var result = JObject.Load(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error, CommentHandling = CommentHandling.Load });
        if (reader.Read())
        {
            throw new FormatException("content after the JSON object");
        }

        return result;
    }

    private void Prepare()
    {
        var quick = DefaultContent.Catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);
        var profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        string Lowest(Assessment a, AssessmentItem i) => DefaultContent.Catalog.GetResponseScale(a, i).Min.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var header = string.Join(',', quick.Items.Select(i => i.Id));
        var rows = Enumerable.Range(0, 40).Select(r => string.Join(',', quick.Items.Select((item, k) => k < quick.SafetyItemCount ? Lowest(quick, item) : (1 + ((r + k) % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        File.WriteAllText(Path.Combine(_folder, "answers.csv"), header + "\n" + string.Join('\n', rows) + "\n");
        File.WriteAllText(Path.Combine(_folder, "bad-rows.csv"), header + "\n" + string.Join(',', quick.Items.Select(_ => "9")) + "\n");
        Directory.CreateDirectory(Path.Combine(_folder, "folder.csv"));
        var readOnly = Path.Combine(_folder, "read-only.csv");
        File.WriteAllText(readOnly, "keep me\n");
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead);
        File.WriteAllText(Path.Combine(_folder, "huge.json"), "{\"q-shame\": 99999999999}");
        File.WriteAllText(Path.Combine(_folder, "twice.json"), "{\"q-shame\": 2, \"q-shame\": 3}");
        File.WriteAllBytes(Path.Combine(_folder, "garbage.bin"), [0x71, 0x2d, 0x73, 0x00, 0x01, 0xFF, 0xFE, 0x02]);
        File.WriteAllText(Path.Combine(_folder, "big.csv"), new string('x', 5_000_000));
        File.WriteAllText(Path.Combine(_folder, "cut.json"), "{\"q-shame\": 2, \"q-ma");
        File.WriteAllText(Path.Combine(_folder, "half.json"), "{\"format\": \"intimacykit/progress@1\", \"assessment\": \"intimacy-quick-check\", \"version\": \"2.0.0\", \"relationship\": \"romantic\", \"answers\": {}}");
        var answers = new JObject(profile.Items.Select(i => new JProperty(i.Id, i.Scale is null ? int.Parse(Lowest(profile, i), System.Globalization.CultureInfo.InvariantCulture) : 3)));
        File.WriteAllText(Path.Combine(_folder, "result-answers.json"), answers.ToString());
        var result = Run(string.Empty, "take", "--assessment", "intimacy-profile", "--answers", "result-answers.json", "--json");
        File.WriteAllText(Path.Combine(_folder, "result.json"), result.Output);
    }

    private Dictionary<string, string> Snapshot()
        => Directory.GetFileSystemEntries(_folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(_folder, p), p => File.Exists(p) ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))) : "folder");

    private (int Exit, string Output, string Error) Run(string stdin, params string[] args) => TheProgram.Run(_folder, stdin, args);
}
