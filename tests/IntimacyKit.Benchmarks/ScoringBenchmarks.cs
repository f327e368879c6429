using BenchmarkDotNet.Attributes;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// One complete response to the default profile (64 scored items, 16 scales, 7 composites, safety screen) through
/// every built-in stage but recommend, against a hand-written loop that computes the same 16 scale means from an
/// int array (reverse keying included).
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private ScoringPipeline _pipeline = null!;
    private AssessmentResponse _response = null!;
    private int[] _answers = null!;
    private int[][] _scaleItems = null!;
    private bool[] _reverse = null!;
    private double[] _means = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = DefaultContent.Catalog;
        var profile = catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        _pipeline = new ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
        // A coherent respondent: one level per scale, answers within a point of it, reverse-keyed items mirrored,
        // and the lowest answer on every safety statement; as a real, attentive person would answer.
        var random = new Random(42);
        var levels = profile.Scales.ToDictionary(s => s.Id, _ => random.Next(2, 5));
        var builder = AssessmentResponse.For(profile, "romantic");
        _answers = new int[profile.Items.Length];
        for (var i = 0; i < profile.Items.Length; i++)
        {
            var item = profile.Items[i];
            var level = item.Scale is null ? catalog.GetResponseScale(profile, item).Min : Math.Clamp(levels[item.Scale] + random.Next(-1, 2), 1, 5);
            _answers[i] = item.Reverse ? 6 - level : level;
            builder.Answer(item.Id, _answers[i]);
        }

        _response = builder.Build(TimeProvider.System);
        _reverse = [.. profile.Items.Select(i => i.Reverse)];
        var index = profile.Items.Select((item, i) => (item.Id, i)).ToDictionary(p => p.Id, p => p.i);
        _scaleItems = [.. profile.Scales.Select(s => profile.ItemsOf(s.Id).Select(item => index[item.Id]).ToArray())];
        _means = new double[_scaleItems.Length];
    }

    /// <summary>The same means as the pipeline: reverse keying, and the mean of the answered items (0 marks a missing answer).</summary>
    [Benchmark(Baseline = true, Description = "hand-written scale means")]
    public double[] HandWrittenMeans()
    {
        for (var s = 0; s < _scaleItems.Length; s++)
        {
            var sum = 0;
            var answered = 0;
            foreach (var item in _scaleItems[s])
            {
                var value = _answers[item];
                if (value > 0)
                {
                    sum += _reverse[item] ? 6 - value : value;
                    answered++;
                }
            }

            _means[s] = answered > 0 ? (double)sum / answered : double.NaN;
        }

        return _means;
    }

    [Benchmark(Description = "pipeline, all stages but recommend")]
    public AssessmentResult Pipeline() => _pipeline.Score(_response);
}

/// <summary>One-off costs: building the default pipeline, and reading and validating the default pack.</summary>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private ContentCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup() => _catalog = DefaultContent.Catalog;

    [Benchmark(Description = "Build() of the default pipeline")]
    public ScoringPipeline BuildPipeline() => new ScoringPipelineBuilder().AddDefaultStages().Build(_catalog);

    [Benchmark(Description = "load and validate intimacy-core")]
    public ContentPack LoadDefaultPack()
    {
        using var stream = DefaultContent.OpenJson();
        return IntimacyKit.Serialization.ContentPackReader.Default.Load(stream);
    }
}
