using System.Text.RegularExpressions;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.House;

/// <summary>
/// The core's folders form layers, read from the code itself (the <c>using</c> directives and qualified names of
/// every file): an arrow from a folder to one of a higher layer runs back up and fails this test. None is left (issue 15
/// untangled the last, Scoring -> Recommendations); the list stays so that a known exception would have to be named.
/// </summary>
public partial class LayersTests
{
    /// <summary>Lower layers first; a folder may use its own layer and those below.</summary>
    private static readonly Dictionary<string, int> Layer = new(StringComparer.Ordinal)
    {
        ["Internal"] = 0,
        ["Content"] = 1,
        ["Serialization"] = 2,
        ["Packs"] = 3,
        ["Support"] = 3,
        ["Scoring"] = 4,
        ["Recommendations"] = 5,
        ["Progress"] = 5,
        ["Dyadic"] = 5,
        ["Psychometrics"] = 5,
        ["Plans"] = 6,
        ["DependencyInjection"] = 7,
    };

    /// <summary>Back arrows still to be untangled (docs/architecture.md names them).</summary>
    private static readonly HashSet<string> Untangled = new(StringComparer.Ordinal);

    [Fact]
    public void EveryArrowBetweenFolders_RunsDown_ButTheListedOnes()
    {
        var arrows = Arrows();

        arrows.Keys.Where(static f => !Layer.ContainsKey(f)).Should().BeEmpty("every folder of the core has a layer");
        var back = arrows.SelectMany(static p => p.Value.Where(to => Layer[to] > Layer[p.Key]).Select(to => $"{p.Key} -> {to}")).ToHashSet(StringComparer.Ordinal);
        back.Except(Untangled).Should().BeEmpty("arrows run from higher layers to lower ones");
        Untangled.Except(back).Should().BeEmpty("an untangled arrow comes off the list");
    }

    /// <summary>For each folder of src/IntimacyKit, the other folders its files use.</summary>
    private static Dictionary<string, HashSet<string>> Arrows()
    {
        var root = Repository.PathOf("src", "IntimacyKit");
        var arrows = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Length < 2 || parts[0] is "obj" or "bin")
            {
                continue;
            }

            var folder = parts[0];
            var uses = arrows.TryGetValue(folder, out var set) ? set : arrows[folder] = new HashSet<string>(StringComparer.Ordinal);
            var text = File.ReadAllText(file);
            foreach (Match match in Used().Matches(text))
            {
                var target = match.Groups["folder"].Value;
                if (target != folder && Layer.ContainsKey(target))
                {
                    uses.Add(target);
                }
            }
        }

        return arrows;
    }

    // `using IntimacyKit.X;` or a qualified `IntimacyKit.X.Type` / `X.Type` of another folder's namespace.
    [GeneratedRegex(@"(?:\busing\s+IntimacyKit\.|\bIntimacyKit\.|(?<![\w.])(?=(?:Internal|Content|Serialization|Support|Scoring|Recommendations|Progress|Dyadic|Psychometrics|Plans)\.[A-Z]))(?<folder>[A-Z]\w+)")]
    private static partial Regex Used();
}
