using BenchmarkDotNet.Running;
using IntimacyKit.Scoring;
using IntimacyKit.Benchmarks;

if (args is ["batch-data", var folder, var rows])
{
    // Data for the whole-process batch comparison (docs/performance.md): pack.json and data-ROWS.csv.
    BatchData.Write(folder, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["batch-profile", var input])
{
    var catalog = new IntimacyKit.Content.ContentCatalog(BatchData.Pack());
    var pipeline = new IntimacyKit.Scoring.ScoringPipelineBuilder().AddDefaultStages().Build(catalog);
    for (var round = 0; round < 3; round++)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using (var t = File.OpenText(input)) { var n = IntimacyKit.Batch.ResponseReader.ReadCsv(t, catalog, "batch").Count(); }
        Console.WriteLine($"read {sw.ElapsedMilliseconds} ms"); sw.Restart();
        using (var t = File.OpenText(input)) { var n = pipeline.ScoreRows(IntimacyKit.Batch.ResponseReader.ReadCsv(t, catalog, "batch"), new() { MaxDegreeOfParallelism = 1 }).Count(); }
        Console.WriteLine($"read+score seq {sw.ElapsedMilliseconds} ms"); sw.Restart();
        using (var t = File.OpenText(input)) { var n = pipeline.ScoreRows(IntimacyKit.Batch.ResponseReader.ReadCsv(t, catalog, "batch")).Count(); }
        Console.WriteLine($"read+score par {sw.ElapsedMilliseconds} ms"); sw.Restart();
        using (var t = File.OpenText(input))
        using (var w = IntimacyKit.Batch.ScoreWriter.Csv(new StreamWriter("/tmp/bb/prof.csv"), catalog.GetAssessment("batch")))
        { w.WriteAll(pipeline.ScoreRows(IntimacyKit.Batch.ResponseReader.ReadCsv(t, catalog, "batch"))); }
        Console.WriteLine($"read+score+write {sw.ElapsedMilliseconds} ms"); sw.Restart();
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
