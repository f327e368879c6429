using IntimacyKit.Content;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Content;

public class ContentCatalogTests
{
    private static readonly ContentPack Pack = TestPacks.Load();

    [Fact]
    public void Lookups_SinglePack_FindEveryKindById()
    {
        var catalog = new ContentCatalog(Pack);

        catalog.GetObstacle("not-listening").Title.Should().Be("Not really listening");
        catalog.GetExercise("echo-back").Mode.Should().Be(ExerciseMode.Together);
        catalog.GetAssessment("mini-profile").Items.Should().HaveCount(8);
        catalog.GetResponseScale("agree-5").LabelOf(5).Should().Be("Strongly agree");
        catalog.GetSupportResource("therapist").Kind.Should().Be("therapist");
        catalog.GetRelationshipKind("sibling").Target.Should().Be("your sibling");
        catalog.TryGetObstacle("nope", out _).Should().BeFalse();
        catalog.TryGetExercise("mask-notes", out var exercise).Should().BeTrue();
        exercise!.FollowUp.Should().Be("mask-off-talk");
        catalog.Obstacles.Should().Equal(Pack.Obstacles);
    }

    [Fact]
    public void Get_UnknownId_ListsWhatExists()
    {
        var catalog = new ContentCatalog(Pack);

        var get = () => catalog.GetObstacle("wearing-mask");

        get.Should().Throw<KeyNotFoundException>().WithMessage("The catalog has no obstacle 'wearing-mask'. Known: not-listening, wearing-masks.");
    }

    [Fact]
    public void Constructor_LaterPackAddsIds_MergesInOrderAndKeepsIdenticalSharedDefinitionsOnce()
    {
        var extra = new ContentPack(
            "extra-pack", SemanticVersion.Parse("0.1.0"), "en", "Extra", "MIT", "Tests",
            Pack.RelationshipKinds,
            [new Obstacle("perfectionism", "illusions", "Waiting for perfect", "Always hoping for someone better.", ["You compare."], ["High standards."])],
            [],
            Pack.ResponseScales,
            [],
            []);

        var catalog = new ContentCatalog(Pack, extra);

        catalog.Obstacles.Select(o => o.Id).Should().Equal("wearing-masks", "not-listening", "perfectionism");
        catalog.RelationshipKinds.Should().HaveCount(2);
        catalog.ResponseScales.Should().ContainSingle();
        catalog.Packs.Select(p => p.Id).Should().Equal("test-pack", "extra-pack");
    }

    [Fact]
    public void Constructor_LaterPackRedefinesAnId_FailsNamingBothPacks()
    {
        var changed = new Obstacle("not-listening", "communication", "Half listening", "Different.", ["Sign."], ["Origin."]);
        var extra = new ContentPack(
            "extra-pack", SemanticVersion.Parse("0.1.0"), "en", "Extra", "MIT", "Tests",
            Pack.RelationshipKinds, [changed], [], [], [], []);

        var create = () => new ContentCatalog(Pack, extra);

        var problem = create.Should().Throw<ContentValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be(ContentProblemCodes.Conflict);
        problem.Source.Should().Be("extra-pack");
        problem.Path.Should().Be("$.obstacles[0]");
        problem.Message.Should().Be("Pack 'extra-pack' redefines obstacle 'not-listening', which pack 'test-pack' already defines differently; give it a new id or remove one definition.");
    }

    [Fact]
    public void Constructor_SamePackTwice_IsAConflict()
    {
        var create = () => new ContentCatalog(Pack, Pack);

        create.Should().Throw<ContentValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Be("Pack 'test-pack' is added to the catalog twice; add each pack once.");
    }

    [Fact]
    public void Constructor_NoPacks_Throws()
    {
        var create = () => new ContentCatalog(Array.Empty<ContentPack>());

        create.Should().Throw<ArgumentException>().WithMessage("A catalog needs at least one content pack.*");
    }

    [Theory]
    [InlineData("masks-1", "romantic", "With your partner I play a part.")]
    [InlineData("masks-2", "romantic", "Your partner sees the real me.")]
    [InlineData("masks-2", "sibling", "Your sibling sees the real me.")]
    [InlineData("listen-1", "sibling", "I plan my answer while your sibling talks.")]
    public void RenderItemText_EachKind_FillsBothPlaceholders(string itemId, string kind, string expected)
    {
        var catalog = new ContentCatalog(Pack);
        catalog.GetAssessment("mini-profile").TryGetItem(itemId, out var item).Should().BeTrue();

        catalog.RenderItemText(item!, kind).Should().Be(expected);
    }
}
