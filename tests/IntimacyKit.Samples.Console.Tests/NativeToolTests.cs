// Reading a child process's two pipes needs one of them read asynchronously; the waits are on pipe reads, not on xUnit's context.
#pragma warning disable xUnit1031

using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using IntimacyKit.Content;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>
/// The installed tool is the Native AOT build on linux-x64, and every command that reaches a library that is not
/// trim-annotated (Newtonsoft.Json: packs, answers, results; Ical.Net: calendars) or the batch path gives the same
/// bytes, exit code and messages as the JIT build on the same generated files.
/// </summary>
public sealed partial class NativeToolTests(InstalledTool tool) : IClassFixture<InstalledTool>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-native-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Install_OnLinuxX64_PicksTheNativeBuild_FromAPointerThatAlsoOffersAny()
    {
        var pointer = Directory.GetFiles(tool.Feed, "IntimacyKit.Samples.Console.*.nupkg")
            .Single(p => !Path.GetFileName(p).Contains(".any.", StringComparison.Ordinal) && !Path.GetFileName(p).Contains(".linux-x64.", StringComparison.Ordinal));
        using (var zip = ZipFile.OpenRead(pointer))
        {
            var settings = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
            using var reader = new StreamReader(settings.Open());
            reader.ReadToEnd().Should().Contain("<Command Name=\"intimacykit\"")
                .And.Contain("RuntimeIdentifier=\"linux-x64\"")
                .And.Contain("RuntimeIdentifier=\"any\"");
        }

        var target = new FileInfo(tool.Path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? tool.Path;
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            // Elsewhere there is no native build: the framework-dependent one is installed (eng/test.sh asks for it).
            Directory.EnumerateFiles(Path.GetDirectoryName(tool.Path)!, "IntimacyKit.Samples.Console.dll", SearchOption.AllDirectories).Should().NotBeEmpty();
            return;
        }

        target.Should().Contain("linux-x64", "on linux-x64 the CLI installs the native package");
        File.Exists(Path.Combine(Path.GetDirectoryName(target)!, "IntimacyKit.Samples.Console.dll")).Should().BeFalse("the native build has no managed assembly beside it");
        using var binary = File.OpenRead(target);
        var magic = new byte[4];
        binary.ReadExactly(magic);
        magic.Should().Equal([0x7F, (byte)'E', (byte)'L', (byte)'F']);
    }

    [Fact]
    public void Score_WithBandsAndFlags_SameBytesAsJit()
    {
        var input = Responses("responses.csv", rows: 3000);
        var (native, jit) = Both("score", "--assessment", "intimacy-profile", "--input", input, "--output", "{out}/scores.csv", "--bands", "--flags");

        native.Exit.Should().Be(ExitCodes.Invalid, "a few generated rows are out of range on purpose");
        native.Should().BeEquivalentTo(jit);
        native.Files["scores.csv"].Should().StartWith("id,");
        native.Error.Should().Contain("responses.csv:");
    }

    [Fact]
    public void Score_AnotherPack_SameBytesAsJit()
    {
        var pack = Path.Combine(_folder, "pack.json");
        using (var stream = DefaultContent.OpenJson())
        using (var file = File.Create(pack))
        {
            stream.CopyTo(file);
        }

        var input = Responses("quick.csv", rows: 500, DefaultContent.QuickCheckAssessmentId);
        var (native, jit) = Both("score", "--pack", pack, "--assessment", DefaultContent.QuickCheckAssessmentId, "--input", input, "--output", "{out}/scores.jsonl");

        native.Should().BeEquivalentTo(jit);
        native.Files["scores.jsonl"].Should().Contain("\"id\"");
    }

    [Fact]
    public void Analyze_TableAndJson_SameBytesAsJit()
    {
        var input = Responses("responses.csv", rows: 2000);
        var (native, jit) = Both("analyze", "--assessment", "intimacy-profile", "--input", input);
        var (nativeJson, jitJson) = Both("analyze", "--assessment", "intimacy-profile", "--input", input, "--json");

        native.Should().BeEquivalentTo(jit);
        nativeJson.Should().BeEquivalentTo(jitJson);
        JToken.Parse(nativeJson.Output).Should().NotBeNull();
        native.Output.Should().Contain("alpha");
    }

    [Fact]
    public void Take_WithAnswersAsJson_SameAsJit_ButTheMomentItWasTaken()
    {
        var profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var random = new Random(7);
        var answers = new JObject(profile.Items.Select(i => new JProperty(i.Id, i.Scale is null ? 1 : random.Next(1, 6))));
        var path = Path.Combine(_folder, "answers.json");
        File.WriteAllText(path, answers.ToString());
        var (native, jit) = Both("take", "--assessment", "intimacy-profile", "--answers", path, "--json");
        var (nativeText, jitText) = Both("take", "--assessment", "intimacy-profile", "--answers", path, "--explain");

        native.Exit.Should().Be(ExitCodes.Success, native.Error);
        WithoutMoment(native.Output).Should().Be(WithoutMoment(jit.Output));
        JToken.Parse(native.Output)["scales"].Should().NotBeNull();
        nativeText.Should().BeEquivalentTo(jitText);
    }

    [Fact]
    public void Validate_GoodAndBrokenPacks_SameAsJit()
    {
        var good = Path.Combine(_folder, "good.json");
        using (var stream = DefaultContent.OpenJson())
        using (var file = File.Create(good))
        {
            stream.CopyTo(file);
        }

        var broken = Path.Combine(_folder, "broken.json");
        File.WriteAllText(broken, File.ReadAllText(good).Replace("\"id\": \"intimacy-core\"", "\"id\": \"Not An Id\"", StringComparison.Ordinal)[..^40]);
        var (native, jit) = Both("validate", good, broken);

        native.Exit.Should().Be(ExitCodes.Invalid);
        native.Should().BeEquivalentTo(jit);
        native.Output.Should().Contain("good.json");
    }

    [Fact]
    public void Plan_WithCalendar_SameAsJit_ButTheMomentItWasWritten()
    {
        var result = Path.Combine(_folder, "result.json");
        var profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var answers = Path.Combine(_folder, "answers.json");
        File.WriteAllText(answers, new JObject(profile.Items.Select(i => new JProperty(i.Id, i.Scale is null ? 1 : i.Reverse ? 2 : 4))).ToString());
        var taken = TheProgram.Run(_folder, string.Empty, "take", "--assessment", "intimacy-profile", "--answers", answers, "--json");
        taken.Exit.Should().Be(ExitCodes.Success, taken.Error);
        File.WriteAllText(result, taken.Output);

        var (native, jit) = Both("plan", "--result", result, "--weeks", "6", "--days-per-week", "4", "--ics", "{out}/plan.ics");

        native.Exit.Should().Be(ExitCodes.Success, native.Error);
        native.Output.Should().Be(jit.Output);
        var calendar = native.Files["plan.ics"];
        calendar.Should().Contain("BEGIN:VCALENDAR").And.Contain("BEGIN:VEVENT");
        WithoutStamp(calendar).Should().Be(WithoutStamp(jit.Files["plan.ics"]));
    }

    [Fact]
    public void Fhir_TheNativeBuildRunsTheFrameworkDependentBuildItCarries_SameBytesAsJit()
    {
        var (native, jit) = Both("fhir", "export", "--assessment", "intimacy-profile", "--relationship", "sibling");
        native.Exit.Should().Be(ExitCodes.Success, native.Error);
        native.Should().BeEquivalentTo(jit);
        var questionnaire = Path.Combine(_folder, "q.json");
        File.WriteAllText(questionnaire, native.Output);

        var profile = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var random = new Random(19);
        var answers = profile.Items.ToDictionary(static i => i.Id, i => (int?)(i.Scale is null ? 1 : random.Next(1, 6)));
        var response = Path.Combine(_folder, "r.json");
        File.WriteAllText(response, FhirCommandTests.Response(JObject.Parse(native.Output), answers).ToString());
        var (nativeResult, jitResult) = Both("fhir", "import-response", questionnaire, response, "--json");
        nativeResult.Exit.Should().Be(ExitCodes.Success, nativeResult.Error);
        nativeResult.Should().BeEquivalentTo(jitResult, "the completion time is the response's own");
        JToken.Parse(nativeResult.Output)["scales"].Should().NotBeNull();

        var phq9 = Path.Combine(Repository.Root, "tests", "IntimacyKit.Fhir.Tests", "Fixtures", "phq9-sdc-example.json");
        var (nativePack, jitPack) = Both("fhir", "import-questionnaire", phq9);
        nativePack.Exit.Should().Be(ExitCodes.Success, nativePack.Error);
        nativePack.Should().BeEquivalentTo(jitPack);

        // Mistakes are the same one-line errors and exit codes, coming through the native build.
        var (nativeMissing, jitMissing) = Both("fhir", "import-response", questionnaire, Path.Combine(_folder, "missing.json"));
        nativeMissing.Exit.Should().Be(ExitCodes.Usage);
        nativeMissing.Should().BeEquivalentTo(jitMissing);
        if (OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64)
        {
            var target = new FileInfo(tool.Path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? tool.Path;
            File.Exists(Path.Combine(Path.GetDirectoryName(target)!, "fhir", "IntimacyKit.Samples.Console.dll"))
                .Should().BeTrue("the native package carries the framework-dependent build for the fhir commands");
        }
    }

    /// <summary>Runs the same command with the installed native tool and with the JIT build; "{out}" is each run's own folder.</summary>
    private (Run Native, Run Jit) Both(params string[] args) => (Execute(tool.Path, [], "native", args), Execute("dotnet", [TheProgram.Path + ".dll"], "jit", args));

    private Run Execute(string file, string[] prefix, string name, string[] args)
    {
        var output = Path.Combine(_folder, name);
        Directory.CreateDirectory(output);
        foreach (var old in Directory.GetFiles(output))
        {
            File.Delete(old);
        }

        var start = new ProcessStartInfo(file) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in prefix.Concat(args))
        {
            start.ArgumentList.Add(arg.Replace("{out}", output, StringComparison.Ordinal));
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit(120_000).Should().BeTrue();
        var files = Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f, Encoding.UTF8), StringComparer.Ordinal);
        return new Run(process.ExitCode, text, error.Result.Replace(output, "{out}", StringComparison.Ordinal), files);
    }

    /// <summary>Generated responses: mostly coherent, some skips, a few answers out of range (rejected rows).</summary>
    private string Responses(string name, int rows, string assessmentId = DefaultContent.ProfileAssessmentId)
    {
        var assessment = DefaultContent.Catalog.GetAssessment(assessmentId);
        var random = new Random(20261130);
        var csv = new StringBuilder("id," + string.Join(",", assessment.Items.Select(i => i.Id)) + "\n");
        for (var r = 1; r <= rows; r++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"p{r:00000}");
            foreach (var item in assessment.Items)
            {
                var scale = DefaultContent.Catalog.GetResponseScale(assessment, item);
                var roll = random.NextDouble();
                csv.Append(',');
                if (roll < 0.03)
                {
                    continue;
                }

                csv.Append(roll > 0.9995 ? scale.Max + 3 : random.Next(scale.Min, scale.Max + 1));
            }

            csv.Append('\n');
        }

        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static string WithoutMoment(string json) => CompletedAt().Replace(json, "\"completedAt\": \"(when)\"");

    private static string WithoutStamp(string calendar) => Stamp().Replace(calendar, "DTSTAMP:(when)");

    [GeneratedRegex("\"completedAt\": \"[^\"]*\"")]
    private static partial Regex CompletedAt();

    [GeneratedRegex("DTSTAMP:[0-9TZ]+")]
    private static partial Regex Stamp();

    /// <summary>What one run gave: exit code, standard output and error, and the files it wrote.</summary>
    private sealed record Run(int Exit, string Output, string Error, Dictionary<string, string> Files);
}
