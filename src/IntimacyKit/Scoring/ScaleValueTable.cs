using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using IntimacyKit.Scoring.Stages;

namespace IntimacyKit.Scoring;

/// <summary>
/// Every score a scale can take, with its band, looked up by the number of answered items and the sum of their keyed
/// answers. A scale's score is a function of those two integers alone (their mean, or the sum prorated to every
/// item), so the table holds the very value the division gives and the band that value falls in: the fused stages
/// score a scale without dividing, and without branching on the quotient to find its band. Built for the scales whose
/// table stays small (short scales on short response scales, the usual case); the others are computed as before.
/// </summary>
internal sealed class ScaleValueTable
{
    /// <summary>The most entries one scale's table may have (a 12-item scale on a 7-point response scale has 876).</summary>
    private const int MaxEntriesPerScale = 2048;

    /// <summary>The most entries of all the assessment's tables together (a double and a byte each).</summary>
    private const int MaxEntries = 32768;

    /// <summary>
    /// Per scale, four ints: the base and the multiplier that place (answered, sum) in the tables (index = base +
    /// answered x multiplier + sum), the fewest answers the scale is scored from (at least 1), and 1 when it has a
    /// table (0 when its scores are computed).
    /// </summary>
    private readonly int[] _rows;

    private readonly double[] _values;
    private readonly byte[] _bands;

    /// <summary>Builds the tables of every scale of <paramref name="compiled"/> that has room for one.</summary>
    /// <param name="compiled">The assessment, with its bands flattened.</param>
    public ScaleValueTable(CompiledAssessment compiled)
    {
        var scales = compiled.ScaleMinimum.Length;
        _rows = new int[4 * scales];
        var values = new List<double>();
        var bands = new List<byte>();
        // Every keyed answer of a scale item is on the assessment's response scale when the fused walk runs (see
        // CompiledAssessment.FusedWalkFits), so a scale's sums of `answered` answers lie in [answered x lowest,
        // answered x highest]: the table holds a row of that width for every answered count.
        var (lowest, highest) = (compiled.Layout.ResponseMin, compiled.Layout.ResponseMax);
        for (var s = 0; s < scales; s++)
        {
            _rows[(4 * s) + 2] = Math.Max(1, compiled.ScaleMinimum[s]);
            var items = compiled.ScaleItemStart[s + 1] - compiled.ScaleItemStart[s];
            var width = (items * (highest - lowest)) + 1;
            if (!compiled.FusedWalkFits || items == 0 || (long)items * width > MaxEntriesPerScale || values.Count + ((long)items * width) > MaxEntries)
            {
                continue;
            }

            // index = at + (answered - 1) x width + (sum - answered x lowest) = (at - width) + answered x (width - lowest) + sum
            (_rows[4 * s], _rows[(4 * s) + 1], _rows[(4 * s) + 3]) = (values.Count - width, width - lowest, 1);
            for (var answered = 1; answered <= items; answered++)
            {
                for (var offset = 0; offset < width; offset++)
                {
                    // The same expression the stages compute, and the band the band search gives it.
                    var value = AggregateStage.ScaleValue(compiled.ScaleIsSum[s], (answered * (long)lowest) + offset, items, answered);
                    values.Add(value);
                    bands.Add(BandsStage.BandOf(compiled, s, value));
                }
            }
        }

        _values = [.. values];
        _bands = [.. bands];
    }

    /// <summary>Whether the scale's scores are read from a table (a short scale) rather than computed.</summary>
    /// <param name="scale">Scale index.</param>
    /// <returns>Whether it has a table.</returns>
    public bool HasTable(int scale) => _rows[(4 * scale) + 3] != 0;

    /// <summary>
    /// Sets every scale's slot from what the fused walk left in <paramref name="scratch"/> (per scale, the sum of the
    /// keyed answers, then the answered count with the end bits shifted up 16), and returns the answered count of all
    /// scales, their end bits together, and a bit per contradicting scale among the first 64. It calls nothing (the
    /// rare computed score is inlined) and reads the tables through references taken once, so its counts stay in
    /// registers.
    /// </summary>
    /// <param name="compiled">The assessment this table was built for.</param>
    /// <param name="scratch">Two ints per scale, from the walk.</param>
    /// <param name="slots">The result's slots.</param>
    /// <returns>The tallies the response-quality checks need.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)] // on its own, the loop keeps its counts and references in registers
    public (int Answered, int Ends, ulong Contradictions) ScoreAll(CompiledAssessment compiled, ReadOnlySpan<int> scratch, ScoreSlot[] slots)
    {
        var scales = compiled.ScaleMinimum.Length;
        ref var scratch0 = ref MemoryMarshal.GetReference(scratch);
        ref var slot0 = ref MemoryMarshal.GetArrayDataReference(slots);
        ref var rows0 = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref var values0 = ref MemoryMarshal.GetArrayDataReference(_values);
        ref var bands0 = ref MemoryMarshal.GetArrayDataReference(_bands);
        ulong contradictions = 0;
        var total = 0;
        var ends = 0;
        unchecked
        {
            for (var s = 0; s < scales; s++)
            {
                var sum = Unsafe.Add(ref scratch0, 2 * s);
                var packed = Unsafe.Add(ref scratch0, (2 * s) + 1);
                var answered = packed & 0xFFFF;
                var scaleEnds = packed >> 16;
                total += answered;
                ends |= scaleEnds;
                Score(compiled, ref Unsafe.Add(ref rows0, 4 * s), ref values0, ref bands0, ref Unsafe.Add(ref slot0, s), s, sum, answered);
                // A bit per contradicting scale among the first 64 (the caller lists any beyond), without a branch.
                var contradicts = (ResponseQualityStage.ContradictionPatterns >> (scaleEnds & 0xF)) & (s < 64 ? 1 : 0);
                contradictions |= (ulong)contradicts << s;
            }
        }

        return (total, ends, contradictions);
    }

    /// <summary>
    /// Sets a scale's slot from its answered count and the sum of their keyed answers, as the fused walk leaves them
    /// (what <see cref="ScoreAll"/> does for each scale).
    /// </summary>
    /// <param name="compiled">The assessment this table was built for.</param>
    /// <param name="slot">The scale's slot.</param>
    /// <param name="scale">Scale index, below the scale count.</param>
    /// <param name="sum">The sum of the keyed answers, each on the assessment's response scale.</param>
    /// <param name="answered">How many of the scale's items were answered.</param>
    public void Score(CompiledAssessment compiled, ref ScoreSlot slot, int scale, int sum, int answered)
        => Score(
            compiled,
            ref _rows[4 * scale],
            ref MemoryMarshal.GetArrayDataReference(_values),
            ref MemoryMarshal.GetArrayDataReference(_bands),
            ref slot,
            scale,
            sum,
            answered);

    /// <summary>
    /// A scale's slot: its score and band (index plus one), read from the table, or computed when the scale has none;
    /// or, with too few answers, why it is not scored. Unchecked and without bounds checks: the scale is below the
    /// scale count, answered within its items, and the sum of that many answers on the response scale within the row
    /// the table holds for that count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Score(
        CompiledAssessment compiled,
        ref int row,
        ref double values0,
        ref byte bands0,
        ref ScoreSlot slot,
        int scale,
        int sum,
        int answered)
    {
        unchecked
        {
            slot.Answered = (short)answered;
            if (answered < Unsafe.Add(ref row, 2))
            {
                slot.Set(ScoreStatus.NotScored, NotScoredReason.TooFewAnswers);
                return;
            }

            if (Unsafe.Add(ref row, 3) != 0)
            {
                var index = (nint)row + ((nint)answered * Unsafe.Add(ref row, 1)) + sum;
                slot.Value = Unsafe.Add(ref values0, index);
                slot.BandPlusOne = Unsafe.Add(ref bands0, index);
            }
            else
            {
                var items = compiled.ScaleItemStart[scale + 1] - compiled.ScaleItemStart[scale];
                slot.Value = AggregateStage.ScaleValue(compiled.ScaleIsSum[scale], sum, items, answered);
                slot.BandPlusOne = BandsStage.BandOf(compiled, scale, slot.Value);
            }

            slot.Set(ScoreStatus.Scored, NotScoredReason.None);
        }
    }
}
