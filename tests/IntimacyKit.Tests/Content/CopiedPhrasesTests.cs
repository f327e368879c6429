using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Content;

/// <summary>
/// Content says the article's ideas in its own words: no 8-word phrase of src, samples or docs may match one of the
/// article's. The article's phrases are committed as hashes only (Content/Data/article-shingles.sha256.txt).
/// </summary>
public partial class CopiedPhrasesTests
{
    private const int PhraseLength = 8;
    private static readonly string[] Extensions = [".json", ".md", ".cs", ".cshtml", ".razor", ".html", ".txt", ".yaml", ".yml"];

    private static readonly HashSet<string> ArticlePhrases = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Content", "Data", "article-shingles.sha256.txt"))
        .Where(line => line.Length > 0 && line[0] != '#')
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void CopiedPhrases_SrcSamplesAndDocs_ShareNoEightWordPhraseWithTheArticle()
    {
        ArticlePhrases.Should().HaveCountGreaterThan(1000, "the hash list covers the whole article");
        var copied = new List<string>();
        foreach (var root in new[] { "src", "samples", "docs" }.Select(d => Repository.PathOf(d)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                if (!Extensions.Contains(Path.GetExtension(file)) || file.Contains("/bin/", StringComparison.Ordinal) || file.Contains("/obj/", StringComparison.Ordinal))
                {
                    continue;
                }

                copied.AddRange(Phrases(File.ReadAllText(file)).Where(p => ArticlePhrases.Contains(Hash(p))).Select(p => $"{Path.GetRelativePath(Repository.Root, file)}: \"{p}\""));
            }
        }

        copied.Should().BeEmpty();
    }

    [Fact]
    public void CopiedPhrases_Detector_FindsAnEightWordPhraseAndNothingShorter()
    {
        var source = "a made-up source sentence stands in for the article in this test";
        var hashes = Phrases(source).Select(Hash).ToHashSet(StringComparer.Ordinal);

        Phrases("Our copy says: made-up source sentence stands in for the article, sadly.").Should().Contain(p => hashes.Contains(Hash(p)));
        Phrases("Our copy says: a source sentence stands in for the essay.").Should().NotContain(p => hashes.Contains(Hash(p)));
    }

    private static IEnumerable<string> Phrases(string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant().Replace('\u2019', '\'')).Select(m => m.Value).ToList();
        for (var i = 0; i + PhraseLength <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(PhraseLength));
        }
    }

    private static string Hash(string phrase) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(phrase)))[..16];

    [GeneratedRegex("[a-z0-9']+")]
    private static partial Regex WordPattern();
}
