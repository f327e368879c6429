using IntimacyKit.Content;
using IntimacyKit.Serialization;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Docs;

/// <summary>The code shown in docs/authoring-content-packs.md, run for real.</summary>
public class AuthoringExampleTests
{
    [Fact]
    public void AuthoringExample_ValidateAFile_ListsNoProblemsForAValidPack()
    {
        var path = TestPacks.TestPackPath;
        var problems = new List<string>();

        // snippet: authoring-validate
        var reader = new ContentPackReader(new ContentPackReaderOptions { MaxBytes = 16 * 1024 * 1024 });
        var result = reader.ReadFile(path);
        foreach (var problem in result.Problems)
        {
            problems.Add($"{problem.Code} {problem}");
        }
        // end snippet

        problems.Should().BeEmpty();
        result.Pack!.Id.Should().Be("test-pack");
    }

    [Fact]
    public void AuthoringExample_WriteAndMerge_RoundTripsAndReportsConflicts()
    {
        var pack = TestPacks.Load();
        var extra = new ContentPack(
            "extra-pack", SemanticVersion.Parse("1.0.0"), "en", "Extra", "MIT", "Tests",
            pack.RelationshipKinds,
            [new Obstacle("wearing-masks", "masks", "A different mask", "Redefined.", ["Sign."], ["Origin."])],
            [], [], [], []);
        var messages = new List<string>();

        // snippet: authoring-write
        var json = ContentPackWriter.ToJson(pack);
        var again = ContentPackReader.Default.ReadJson(json).GetPackOrThrow();
        // end snippet

        // snippet: authoring-merge
        try
        {
            var catalog = new ContentCatalog(pack, extra);
        }
        catch (ContentValidationException exception)
        {
            foreach (var problem in exception.Problems)
            {
                messages.Add(problem.Message); // names both packs and the id they disagree on
            }
        }
        // end snippet

        again.Should().BeEquivalentTo(pack);
        messages.Should().ContainSingle().Which.Should().Contain("'extra-pack' redefines obstacle 'wearing-masks'").And.Contain("'test-pack'");
    }
}
