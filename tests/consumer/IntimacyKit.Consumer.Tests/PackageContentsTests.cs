using System.IO.Compression;
using System.Xml.Linq;

namespace IntimacyKit.Consumer.Tests;

/// <summary>Each package as published: what a developer downloads, opened and read.</summary>
public class PackageContentsTests
{
    public static TheoryData<string> Packages() => ["IntimacyKit", "IntimacyKit.Batch", "IntimacyKit.Calendar", "IntimacyKit.Fhir"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void APackage_HoldsItsReadmeIconLibraryAndDocs_NamesItsCommit_AndHasSymbolsBesideIt(string id)
    {
        var path = Path.Combine(Feed.Folder, $"{id}.{Feed.Version}.nupkg");
        using var package = ZipFile.OpenRead(path);
        var entries = package.Entries.Select(static e => e.FullName).ToList();

        entries.Should().Contain(["README.md", "icon.png", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"]);
        var nuspec = XDocument.Load(package.GetEntry($"{id}.nuspec")!.Open());
        var metadata = nuspec.Root!.Elements().Single(static e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Value("readme").Should().Be("README.md");
        Value("icon").Should().Be("icon.png");
        Value("license").Should().Be(id == "IntimacyKit" ? "MIT AND CC-BY-4.0" : "MIT", "the core package embeds the CC-BY-4.0 content pack");
        Value("version").Should().Be(Feed.Version);
        metadata.Elements().Single(static e => e.Name.LocalName == "repository").Attribute("commit")!.Value.Should().Be(Feed.Commit);
        File.Exists(Path.ChangeExtension(path, ".snupkg")).Should().BeTrue("the symbols package sits beside the package");

        using var readme = new StreamReader(package.GetEntry("README.md")!.Open());
        readme.ReadToEnd().Should().StartWith($"# {id}").And.Contain("not a clinical");
    }

    [Fact]
    public void TheCorePackage_EmbedsTheDefaultContentPack()
    {
        var resources = typeof(IntimacyKit.Content.DefaultContent).Assembly.GetManifestResourceNames();

        resources.Should().Contain("IntimacyKit.Packs.intimacy-core.json");
        var version = typeof(IntimacyKit.Content.DefaultContent).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        version.Should().StartWith(Feed.Version, "the library is the one packed, restored from the feed").And.Contain(Feed.Commit);
        IntimacyKit.Content.DefaultContent.Catalog.Assessments.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void ASymbolPackage_HoldsAPortablePdb_WithEverySourceEmbedded_AndSha256Checksums(string id)
    {
        using var symbols = ZipFile.OpenRead(Path.Combine(Feed.Folder, $"{id}.{Feed.Version}.snupkg"));
        using var pdb = new MemoryStream();
        symbols.GetEntry($"lib/net10.0/{id}.pdb")!.Open().CopyTo(pdb);
        pdb.Position = 0;
        using var provider = System.Reflection.Metadata.MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();

        var documents = reader.Documents.Select(reader.GetDocument).ToList();
        var embedded = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation)
            .Count(c => reader.GetGuid(c.Kind) == EmbeddedSource && c.Parent.Kind == System.Reflection.Metadata.HandleKind.Document);
        documents.Should().NotBeEmpty();
        embedded.Should().Be(documents.Count, "with no hosted repository for Source Link, every source is embedded");
        documents.Should().OnlyContain(d => reader.GetGuid(d.HashAlgorithm) == Sha256, "source checksums are SHA-256");
    }

    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
    private static readonly Guid Sha256 = new("8829D00F-11B8-4213-878B-770E8597AC16");
}
