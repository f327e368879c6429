using BenchmarkDotNet.Attributes;
using IntimacyKit.Batch;
using IntimacyKit.Content;
using IntimacyKit.Psychometrics;
using IntimacyKit.Scoring;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// Issue 21: the whole psych::alpha summary of 100,000 x 48 (target: at most 1 s), the item medians for imputation over
/// the same batch, and the norms builder over 1,000,000 rows streamed from CSV (target: at most 2 s, flat memory; the
/// CSV reading is part of the figure, as in `intimacykit analyze --norms`).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PsychometricsBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "intimacykit-psychometrics-benchmark");
    private readonly NormsOptions _options = new() { Sample = "Benchmark sample", Date = new DateOnly(2026, 11, 30) };
    private ContentCatalog _catalog = null!;
    private ContentCatalog _oneScale = null!;
    private List<AssessmentResponse> _responses = null!;
    private string _million = null!;

    [GlobalSetup]
    public void Setup()
    {
        BatchData.Write(_folder, 100_000);
        BatchData.Write(_folder, 1_000_000);
        _million = Path.Combine(_folder, "data-1000000.csv");
        _catalog = new ContentCatalog(BatchData.Pack());
        _oneScale = new ContentCatalog(BatchData.Pack(oneScale: true));
        using var text = File.OpenText(Path.Combine(_folder, "data-100000.csv"));
        _responses = [.. ResponseReader.ReadCsv(text, _catalog, BatchData.AssessmentId).Select(row => row.Response!)];
    }

    [Benchmark(Description = "full alpha summary, 100,000 x 48")]
    public ItemAnalysis Analyze() => ItemAnalysis.Analyze(_catalog, BatchData.AssessmentId, _responses);

    [Benchmark(Description = "full alpha summary, 100,000 x 48 as one scale")]
    public ItemAnalysis AnalyzeOneScale() => ItemAnalysis.Analyze(_oneScale, BatchData.AssessmentId, _responses);

    [Benchmark(Description = "item medians for imputation, 100,000 x 48")]
    public ItemImputation Medians() => ItemImputation.Compute(_catalog, BatchData.AssessmentId, _responses, ImputationPolicy.All(ImputationMethod.Median));

    [Benchmark(Description = "norms, 100,000 x 48 in memory")]
    public NormsPatch NormsInMemory() => NormsBuilder.Build(_catalog, BatchData.AssessmentId, _responses, _options);

    [Benchmark(Description = "read CSV + norms, 1,000,000 x 48")]
    public NormsPatch NormsMillion()
    {
        using var text = File.OpenText(_million);
        return NormsBuilder.Build(_catalog, BatchData.AssessmentId, ResponseReader.ReadCsv(text, _catalog, BatchData.AssessmentId).Select(static r => r.Response!), _options);
    }
}
