using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.House;

/// <summary>
/// Methods and lines a reader can hold, in src/ and samples/: no method (constructor, operator, accessor, local
/// function) over 60 lines and no line over 160 characters, read with Roslyn's parser. EF Core's migrations are
/// generated and left out.
/// </summary>
public class SizesTests
{
    private const int MaxMethodLines = 60;
    private const int MaxLineLength = 160;

    [Fact]
    public void NoMethod_IsLongerThan60Lines()
    {
        Files().SelectMany(static f => LongMethods(f.Path, f.Text)).Select(static m => $"{m.Key} ({m.Lines} lines)")
            .Should().BeEmpty($"a method holds at most {MaxMethodLines} lines; split it into named steps");
    }

    [Fact]
    public void NoLine_IsLongerThan160Characters()
    {
        Files().SelectMany(static f => f.Text.Split('\n').Select((line, i) => (f.Path, Line: i + 1, Length: line.TrimEnd('\r').Length)))
            .Where(static l => l.Length > MaxLineLength).Select(static l => $"{l.Path}:{l.Line} ({l.Length} characters)")
            .Should().BeEmpty($"a line holds at most {MaxLineLength} characters");
    }

    [Fact]
    public void TheCheck_FindsALongMethod()
    {
        var body = string.Concat(Enumerable.Repeat("        x++;\n", MaxMethodLines));
        var text = $"class C\n{{\n    void M()\n    {{\n        var x = 0;\n{body}    }}\n}}\n";

        LongMethods("c.cs", text).Should().ContainSingle().Which.Should().Be(("c.cs: C.M", MaxMethodLines + 4));
    }

    private static IEnumerable<(string Path, string Text)> Files()
    {
        foreach (var top in new[] { "src", "samples" })
        {
            var root = Repository.PathOf(top);
            foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(Repository.PathOf(), file).Replace('\\', '/');
                // EF Core's migrations are generated code (their folder's .editorconfig marks them so).
                if (!relative.Contains("/obj/", StringComparison.Ordinal) && !relative.Contains("/bin/", StringComparison.Ordinal)
                    && !relative.Contains("/Migrations/", StringComparison.Ordinal))
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
