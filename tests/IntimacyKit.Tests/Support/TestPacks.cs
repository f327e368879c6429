using IntimacyKit.Content;
using IntimacyKit.Serialization;

namespace IntimacyKit.Tests.Support;

/// <summary>The small, valid test pack that the content tests mutate.</summary>
internal static class TestPacks
{
    public static string PacksDirectory => Path.Combine(AppContext.BaseDirectory, "Packs");

    public static string TestPackPath => Path.Combine(PacksDirectory, "test-pack.json");

    public static string Json { get; } = File.ReadAllText(TestPackPath).ReplaceLineEndings("\n");

    public static ContentPack Load() => ContentPackReader.Default.ReadJson(Json, "test-pack.json").GetPackOrThrow();

    /// <summary>The 1-based line on which <paramref name="fragment"/> first occurs in <paramref name="json"/>.</summary>
    public static int LineOf(string json, string fragment)
    {
        var index = json.IndexOf(fragment, StringComparison.Ordinal);
        index.Should().BeGreaterThanOrEqualTo(0, $"the fixture should contain {fragment}");
        return json.AsSpan(0, index).Count('\n') + 1;
    }

    /// <summary>Replaces exactly one occurrence of <paramref name="find"/>, failing when it is missing or ambiguous.</summary>
    public static string ReplaceOnce(string json, string find, string replace)
    {
        var first = json.IndexOf(find, StringComparison.Ordinal);
        first.Should().BeGreaterThanOrEqualTo(0, $"the test pack should contain {find}");
        json.IndexOf(find, first + 1, StringComparison.Ordinal).Should().Be(-1, $"{find} should occur once in the test pack");
        return string.Concat(json.AsSpan(0, first), replace, json.AsSpan(first + find.Length));
    }
}
