using BenchmarkDotNet.Attributes;
using IntimacyKit.Batch;
using IntimacyKit.Content;
using IntimacyKit.Psychometrics;
using IntimacyKit.Scoring;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// Item analysis of 100,000 respondents x 48 items (12 scales of 4, about 2% missing; target: at most 1 s), and the
/// in-process batch path (read CSV, score in parallel, write CSV) on the same data.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "intimacykit-batch-benchmark");
    private ContentCatalog _catalog = null!;
    private ScoringPipeline _pipeline = null!;
    private List<AssessmentResponse> _responses = null!;
    private string _csv = null!;

    [GlobalSetup]
    public void Setup()
    {
        BatchData.Write(_folder, 100_000);
        _csv = Path.Combine(_folder, "data-100000.csv");
        _catalog = new ContentCatalog(BatchData.Pack());
        _pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(_catalog);
        using var text = File.OpenText(_csv);
        _responses = [.. ResponseReader.ReadCsv(text, _catalog, BatchData.AssessmentId).Select(row => row.Response!)];
    }

    [Benchmark(Description = "item analysis, 100,000 x 48, pairwise")]
    public ItemAnalysis AnalyzePairwise() => ItemAnalysis.Analyze(_catalog, BatchData.AssessmentId, _responses);

    [Benchmark(Description = "read + score + write CSV, 100,000 x 48")]
    public long ScoreCsv()
    {
        using var text = File.OpenText(_csv);
        using var writer = ScoreWriter.Csv(TextWriter.Null, _catalog.GetAssessment(BatchData.AssessmentId));
        return writer.WriteAll(_pipeline.ScoreRows(ResponseReader.ReadCsv(text, _catalog, BatchData.AssessmentId))).Scored;
    }
}
