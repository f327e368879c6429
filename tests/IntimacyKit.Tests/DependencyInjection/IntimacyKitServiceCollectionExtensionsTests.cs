using IntimacyKit.Content;
using IntimacyKit.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Tests.DependencyInjection;

public class IntimacyKitServiceCollectionExtensionsTests
{
    private static readonly ContentPack ExtraPack = new(
        "extra-pack", SemanticVersion.Parse("1.0.0"), "en", "Extra", "MIT", "Tests",
        DefaultContent.Pack.RelationshipKinds,
        [new Obstacle("comparison", "illusions", "Comparing", "Measuring your relationship against other people's.", ["You scroll and compare."], ["Social media."])],
        [], [], [], []);

    [Fact]
    public void AddIntimacyKit_NoArguments_ResolvesTheDefaultCatalogAsASingleton()
    {
        using var provider = new ServiceCollection().AddIntimacyKit().Services.BuildServiceProvider();

        var catalog = provider.GetRequiredService<ContentCatalog>();

        catalog.Packs.Select(p => p.Id).Should().Equal(DefaultContent.PackId);
        catalog.TryGetAssessment(DefaultContent.ProfileAssessmentId, out _).Should().BeTrue();
        provider.GetRequiredService<ContentCatalog>().Should().BeSameAs(catalog);
    }

    [Fact]
    public void AddContentPack_AfterTheDefault_AddsItToTheCatalog()
    {
        using var provider = new ServiceCollection().AddIntimacyKit(b => b.AddContentPack(ExtraPack)).Services.BuildServiceProvider();

        var catalog = provider.GetRequiredService<ContentCatalog>();

        catalog.Packs.Select(p => p.Id).Should().Equal(DefaultContent.PackId, "extra-pack");
        catalog.GetObstacle("comparison").Category.Should().Be("illusions");
        catalog.RelationshipKinds.Should().HaveCount(5, "identical shared relationship kinds are kept once");
    }

    [Fact]
    public void AddContentPack_ConflictingWithTheDefault_FailsNamingBothPacks()
    {
        using var provider = new ServiceCollection().AddIntimacyKit(b => b.AddContentPack(TestPacks.Load())).Services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<ContentCatalog>();

        resolve.Should().Throw<ContentValidationException>().Which.Problems
            .Should().Contain(p => p.Message.Contains("'test-pack' redefines obstacle 'not-listening'") && p.Message.Contains("'intimacy-core'"));
    }

    [Fact]
    public void WithoutDefaultContent_WithAFactoryPack_UsesOnlyThatPack()
    {
        var services = new ServiceCollection();
        services.AddIntimacyKit(b => b.WithoutDefaultContent().AddContentPack(_ => TestPacks.Load()));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ContentCatalog>().Packs.Select(p => p.Id).Should().Equal("test-pack");
    }

    [Fact]
    public void AddIntimacyKit_CalledTwiceWithTheSamePack_IsHarmless()
    {
        var services = new ServiceCollection();
        services.AddIntimacyKit(b => b.AddContentPack(ExtraPack));
        services.AddIntimacyKit(b => b.AddContentPack(ExtraPack));
        using var provider = services.BuildServiceProvider();

        services.Count(d => d.ServiceType == typeof(ContentCatalog)).Should().Be(1);
        provider.GetRequiredService<ContentCatalog>().Packs.Should().HaveCount(2);
    }

    [Fact]
    public void WithoutDefaultContent_AndNoPack_FailsWithAnExplanation()
    {
        using var provider = new ServiceCollection().AddIntimacyKit(b => b.WithoutDefaultContent()).Services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<ContentCatalog>();

        resolve.Should().Throw<InvalidOperationException>().WithMessage("IntimacyKit has no content*AddContentPack*");
    }
}
