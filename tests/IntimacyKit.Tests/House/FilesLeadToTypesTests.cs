using System.Text.RegularExpressions;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.House;

/// <summary>
/// Files lead to types: every source file in src/ and samples/ declares one top-level type, named as the file (a Razor
/// page's <c>X.cshtml.cs</c> holds <c>XModel</c>, the ASP.NET Core convention). EF Core's migrations are generated code
/// and are left out, as their folder's .editorconfig says.
/// </summary>
public partial class FilesLeadToTypesTests
{
    public static TheoryData<string> SourceFiles()
        => [.. new[] { "src", "samples" }
            .SelectMany(folder => Directory.EnumerateFiles(Repository.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            .Where(static file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(static file => Path.GetRelativePath(Repository.Root, file))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void EachFile_DeclaresOneTopLevelType_NamedAsTheFile(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, relativePath));
        var types = TopLevelType().Matches(text).Select(static m => m.Groups["name"].Value).ToList();
        var name = Path.GetFileNameWithoutExtension(relativePath);
        if (name.EndsWith(".cshtml", StringComparison.Ordinal))
        {
            name = name[..^".cshtml".Length] + "Model";
        }

        if (name == "Program" && types.Count == 0)
        {
            return; // top-level statements
        }

        types.Should().Equal([name], $"{relativePath} should hold the one type it is named after");
    }

    [GeneratedRegex(@"^(?:public|internal)\s+(?:(?:static|sealed|abstract|readonly|partial|unsafe)\s+)*(?:record\s+struct|record\s+class|class|struct|record|enum|interface|delegate\s+\S+)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();
}
