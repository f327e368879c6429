using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Spectre.Console.Testing;

namespace IntimacyKit.Samples.Console.Tests;

/// <summary>
/// The pack named by --pack is read ahead on another core while the host starts; a command takes it only when that
/// read succeeded and the file is unchanged, and otherwise reads the pack itself, so what it says is the same.
/// </summary>
public sealed class PackPrefetchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-prefetch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string DefaultPack(string name = "pack.json")
    {
        var path = Path.Combine(_folder, name);
        using var stream = DefaultContent.OpenJson();
        using var file = File.Create(path);
        stream.CopyTo(file);
        return path;
    }

    [Theory]
    [InlineData("score", "--pack", "{0}")]
    [InlineData("score", "--pack={0}")]
    [InlineData("score", "--pack:{0}")]
    [InlineData("content", "assessment", "intimacy-profile", "--pack", "{0}")]
    public void Start_FindsThePack_InEveryFormTheCommandLineAccepts_AndTheCommandTakesItsCatalog(params string[] form)
    {
        var path = DefaultPack();
        var prefetch = PackPrefetch.Start([.. form.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, path))]);

        prefetch.Should().NotBeNull();
        prefetch!.TryTake(new FileInfo(path), out var catalog).Should().BeTrue();
        catalog.Assessments.Select(a => a.Id).Should().Equal(DefaultContent.Catalog.Assessments.Select(a => a.Id));
        prefetch.PipelineFor(catalog)!.Catalog.Should().BeSameAs(catalog, "the default pipeline is built ahead for the catalog read ahead");
        prefetch.PipelineFor(DefaultContent.Catalog).Should().BeNull("it serves only the catalog it read");
    }

    [Theory]
    [InlineData("score", "--assessment", "intimacy-profile")]
    [InlineData("score", "--pack")]
    [InlineData("score", "--pack", "--input")]
    [InlineData("score", "--pack", "no-such-file.json")]
    [InlineData("score", "--pack", "/dev/null")]
    [InlineData("score", "--pack", "   ")]
    public void Start_ReadsNothing_WithoutAPackFileThatExists_OrFromAPipeOrDevice(params string[] args)
        => PackPrefetch.Start(args).Should().BeNull();

    [Fact]
    public void AnotherFile_AChangedFile_OrAnInvalidPack_IsNotTaken()
    {
        var path = DefaultPack();
        var other = DefaultPack("other.json");
        var prefetch = PackPrefetch.Start(["score", "--pack", path])!;
        prefetch.WaitForRead();

        prefetch.TryTake(new FileInfo(other), out _).Should().BeFalse("it read another file");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(5));
        prefetch.TryTake(new FileInfo(path), out _).Should().BeFalse("the file was written to after the read");

        var bad = Path.Combine(_folder, "bad.json");
        File.WriteAllText(bad, "{\n  \"id\": 5\n}\n");
        PackPrefetch.Start(["score", "--pack", bad])!.TryTake(new FileInfo(bad), out _).Should().BeFalse("an invalid pack is read again, for its error");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Score_WithAndWithoutTheReadAhead_WritesTheSameFile_AndAnInvalidPackTheSameError(bool valid)
    {
        var pack = valid ? DefaultPack() : Path.Combine(_folder, "bad.json");
        if (!valid)
        {
            File.WriteAllText(pack, "{\n  \"id\": 5\n}\n");
        }

        var input = BatchCommandTests.QuickCheckCsv(_folder);
        string[] Args(string output) => ["score", "--pack", pack, "--assessment", "intimacy-quick-check", "--input", input, "--output", Path.Combine(_folder, output)];

        var without = Run(Args("without.csv"), prefetch: null);
        var with = Run(Args("with.csv"), PackPrefetch.Start(Args("with.csv")));

        with.Should().Be(without with { Output = without.Output.Replace("without.csv", "with.csv", StringComparison.Ordinal) });
        if (valid)
        {
            File.ReadAllText(Path.Combine(_folder, "with.csv")).Should().Be(File.ReadAllText(Path.Combine(_folder, "without.csv")));
        }
        else
        {
            with.Exit.Should().Be(ExitCodes.Invalid);
            with.Error.Should().Contain("bad.json");
        }
    }

    private static (int Exit, string Output, string Error) Run(string[] args, PackPrefetch? prefetch)
    {
        var console = new TestConsole().Width(300);
        var error = new StringWriter();
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.Catalog);
        var exit = new ConsoleApp(DefaultContent.Catalog, pipeline, console) { Prefetch = prefetch }
            .Run(args, new StringReader(string.Empty), inputRedirected: true, error);
        return (exit, console.Output, error.ToString());
    }
}
