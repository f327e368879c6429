using BenchmarkDotNet.Running;
using IntimacyKit.Benchmarks;

if (args is ["batch-data", var folder, var rows])
{
    // Data for the whole-process batch comparison (docs/performance.md): pack.json and data-ROWS.csv.
    BatchData.Write(folder, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["floor", var input, var output])
{
    // The naive read-reverse-mean-write program every whole-process batch figure is a ratio to.
    IntimacyKit.Benchmarks.Batch.FloorProgram.Run(input, output);
    return 0;
}

if (args is ["batch-compare", var ours, var theirs])
{
    // Exit code 1 unless both files have the same ids in the same order and every score agrees to 1e-9.
    return BatchData.Compare(ours, theirs, Console.Out) ? 0 : 1;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
