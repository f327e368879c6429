using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.House;

/// <summary>
/// Methods and lines a reader can hold, in src/ and samples/: no method (constructor, operator, local function) over
/// 60 lines and no line over 160 characters, read with Roslyn's parser. What was over the limits when the rule came
/// in (issue 15) is listed below; the lists can only shrink: a listed method that fits, or a file with fewer long lines,
/// must come off (or down), and nothing new may join them.
/// </summary>
public class SizesTests
{
    private const int MaxMethodLines = 60;
    private const int MaxLineLength = 160;

    /// <summary>Methods still over 60 lines: file, member and its line count at most.</summary>
    private static readonly Dictionary<string, int> KnownLongMethods = new(StringComparer.Ordinal)
    {
        ["src/IntimacyKit.Batch/ResponseReader.cs: ResponseReader.ReadCsv"] = 67,
        ["src/IntimacyKit.Batch/ResponseReader.cs: ResponseReader.ParseRow"] = 66,
        ["src/IntimacyKit.Batch/ResponseReader.cs: ResponseReader.ParseJsonLine"] = 72,
        ["src/IntimacyKit.Batch/ScoreWriter.cs: CsvScoreWriter.WriteAll"] = 71,
        ["src/IntimacyKit/Content/ContentPackValidator.cs: ContentPackValidator.CheckPack"] = 86,
        ["src/IntimacyKit/Content/ContentPackValidator.cs: AssessmentChecks.Run"] = 78,
        ["src/IntimacyKit/Content/ContentPackValidator.cs: AssessmentChecks.CheckItem"] = 68,
        ["src/IntimacyKit/Content/ContentPackValidator.cs: AssessmentChecks.CheckComposite"] = 75,
        ["src/IntimacyKit/Plans/PracticePlanBuilder.cs: PracticePlanBuilder.Build"] = 71,
        ["src/IntimacyKit/Psychometrics/ScaleAnalysis.cs: ScaleAnalysis.Compute"] = 115,
        ["src/IntimacyKit/Scoring/AssessmentResultSerializer.cs: AssessmentResultSerializer.ToToken"] = 117,
        ["src/IntimacyKit/Scoring/AssessmentResultSerializer.cs: AssessmentResultSerializer.Score"] = 74,
        ["src/IntimacyKit/Scoring/AssessmentResultSerializer.cs: AssessmentResultSerializer.Bind"] = 202,
        ["src/IntimacyKit/Scoring/CompiledAssessment.cs: CompiledAssessment.CompiledAssessment.ctor"] = 162,
        ["src/IntimacyKit/Scoring/ScoreExplanation.cs: ScoreExplanation.Create"] = 75,
        ["src/IntimacyKit/Scoring/Stages/DefaultStagesFused.cs: DefaultStagesFused.ScoreScales"] = 81,
        ["src/IntimacyKit/Serialization/ContentPackJson.cs: ContentPackJson.BindPack"] = 63,
        ["src/IntimacyKit/Support/SupportDirectoryReader.cs: SupportDirectoryReader.Read"] = 80,
        ["samples/IntimacyKit.Samples.Console/BatchCommands.cs: BatchCommands.Score"] = 122,
        ["samples/IntimacyKit.Samples.Console/BatchCommands.cs: BatchCommands.Analyze"] = 91,
        ["samples/IntimacyKit.Samples.Console/ConsoleApp.cs: ConsoleApp.Run"] = 74,
        ["samples/IntimacyKit.Samples.Console/ReportCommands.cs: ReportCommands.Content"] = 62,
        ["samples/IntimacyKit.Samples.Console/TakeCommand.cs: TakeCommand.Run"] = 130,
        ["samples/IntimacyKit.Samples.Console/TakeCommand.cs: TakeCommand.Ask"] = 90,
        ["samples/IntimacyKit.Samples.Console/TakeCommand.cs: TakeCommand.Show"] = 94,
    };

    /// <summary>Files that still hold lines over 160 characters, with how many at most.</summary>
    private static readonly Dictionary<string, int> KnownLongLines = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void NoMethod_IsLongerThan60Lines_ButTheListedOnes_AndTheyDoNotGrow()
    {
        var found = Files().SelectMany(static f => LongMethods(f.Path, f.Text)).ToDictionary(static m => m.Key, static m => m.Lines, StringComparer.Ordinal);

        found.Where(static m => !KnownLongMethods.ContainsKey(m.Key)).Select(static m => $"{m.Key} ({m.Value} lines)")
            .Should().BeEmpty($"a method holds at most {MaxMethodLines} lines");
        found.Where(static m => KnownLongMethods.TryGetValue(m.Key, out var most) && m.Value > most).Select(static m => $"{m.Key} ({m.Value} lines)")
            .Should().BeEmpty("a listed method may only get shorter");
        KnownLongMethods.Keys.Where(k => !found.ContainsKey(k)).Should().BeEmpty("a method that fits comes off the list");
    }

    [Fact]
    public void NoLine_IsLongerThan160Characters_ButInTheListedFiles_AndTheirCountDoesNotGrow()
    {
        var found = Files().Select(static f => (f.Path, Count: f.Text.Split('\n').Count(static l => l.TrimEnd('\r').Length > MaxLineLength)))
            .Where(static f => f.Count > 0).ToDictionary(static f => f.Path, static f => f.Count, StringComparer.Ordinal);

        found.Where(static f => f.Value > KnownLongLines.GetValueOrDefault(f.Key)).Select(static f => $"{f.Key}: {f.Value} lines over {MaxLineLength}")
            .Should().BeEmpty($"a line holds at most {MaxLineLength} characters");
        KnownLongLines.Where(k => found.GetValueOrDefault(k.Key) < k.Value).Select(static k => k.Key)
            .Should().BeEmpty("a file with fewer long lines lowers its count here (or comes off)");
    }

    private static IEnumerable<(string Path, string Text)> Files()
    {
        foreach (var top in new[] { "src", "samples" })
        {
            var root = Repository.PathOf(top);
            foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(Repository.PathOf(), file).Replace('\\', '/');
                if (!relative.Contains("/obj/", StringComparison.Ordinal) && !relative.Contains("/bin/", StringComparison.Ordinal))
                {
                    yield return (relative, File.ReadAllText(file));
                }
            }
        }
    }

    private static IEnumerable<(string Key, int Lines)> LongMethods(string path, string text)
    {
        var root = CSharpSyntaxTree.ParseText(text, path: path).GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            var name = node switch
            {
                MethodDeclarationSyntax m => m.Identifier.Text,
                ConstructorDeclarationSyntax c => c.Identifier.Text + ".ctor",
                OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
                LocalFunctionStatementSyntax l => l.Identifier.Text,
                AccessorDeclarationSyntax a when a.Body is not null || a.ExpressionBody is not null => a.Keyword.Text,
                _ => null,
            };
            if (name is null)
            {
                continue;
            }

            var span = node.GetLocation().GetLineSpan(); // the declaration without its doc comment
            var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
            if (lines > MaxMethodLines)
            {
                var owner = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "?";
                yield return ($"{path}: {owner}.{name}", lines);
            }
        }
    }
}
