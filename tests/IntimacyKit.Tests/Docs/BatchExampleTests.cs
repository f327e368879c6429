using IntimacyKit.Batch;
using IntimacyKit.Content;
using IntimacyKit.Psychometrics;
using IntimacyKit.Scoring;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Docs;

/// <summary>The code shown in docs/batch.md, run for real.</summary>
public sealed class BatchExampleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intimacykit-batch-docs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Example_ScoreAFile_ReportsRejectedRowsAndWritesScores()
    {
        var catalog = new ContentCatalog(ScoringPacks.Create());
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var input = Path.Combine(_folder, "responses.csv");
        var output = Path.Combine(_folder, "scores.csv");
        File.WriteAllText(input, "id,a1,a2,a3,a4,b1,b2,b3,b4\nann,4,2,4,5,1,1,2,5\nbob,3,x,3,3,3,3,3,3\n");
        var problems = new List<string>();

        // snippet: batch-score-file
        var rows = ResponseReader.ReadFile(input, catalog, "vectors");
        using var text = new StreamWriter(output);
        using var scores = ScoreWriter.Csv(text, catalog.GetAssessment("vectors"), new ScoreWriterOptions { IncludeBands = true });
        var summary = new BatchSummary();
        scores.WriteAll(pipeline.ScoreRows(rows), summary, rejected => problems.Add($"line {rejected.Line}: {rejected.Problem}"));
        // end snippet

        summary.ToString().Should().Be("2 rows read, 1 scored, 1 rejected");
        problems.Should().Equal("line 3: column 'a2': 'x' is not a whole number; answers are whole numbers, and an empty cell is a skipped answer.");
        scores.Dispose();
        text.Dispose();
        File.ReadAllLines(output).Should().Equal("id,s1,s2,net,s1.band,s2.band,net.band", "ann,4.25,1.25,2.75,high,low,");
    }

    [Fact]
    public async Task Example_StreamResponses_InOrder()
    {
        var catalog = new ContentCatalog(ScoringPacks.Create());
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        var responses = Enumerable.Range(1, 5000).Select(i => ScoringPacks.Response(("a1", 1 + (i % 5)), ("a2", 3), ("a3", 3), ("a4", 3)));
        var seen = new List<long>();

        // snippet: batch-stream
        var options = new BatchScoringOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, ChunkSize = 1024 };
        foreach (var outcome in pipeline.ScoreBatch(responses, options))
        {
            if (outcome.Result is { } result)
            {
                seen.Add(outcome.Line); // outcomes arrive in input order
            }
        }
        // end snippet

        seen.Should().Equal(Enumerable.Range(1, 5000).Select(i => (long)i));
        var count = 0;
        await foreach (var outcome in pipeline.ScoreBatchAsync(responses.ToAsyncEnumerable()))
        {
            count += outcome.IsScored ? 1 : 0;
        }

        count.Should().Be(5000);
    }

    [Fact]
    public void Example_ItemAnalysis_FromAFile()
    {
        var catalog = new ContentCatalog(PsychVectors.Pack());
        var path = PsychVectors.DataPath("psych-data.csv");

        // snippet: batch-item-analysis
        var responses = ResponseReader.ReadFile(path, catalog, "psych").Where(row => !row.IsMalformed).Select(row => row.Response!);
        var analysis = ItemAnalysis.Analyze(catalog, "psych", responses);
        foreach (var scale in analysis.Scales)
        {
            Console.WriteLine($"{scale.ScaleId}: alpha {scale.RawAlpha:0.00}, weakest item {scale.Items.MinBy(i => i.RDrop)!.ItemId}");
        }
        // end snippet

        analysis.Responses.Should().Be(600);
        analysis.Scales.Should().HaveCount(4);
    }
}
