using System.Diagnostics;
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
    /// Sets a scale's slot from its answered count and the sum of their keyed answers, as the fused walk leaves them:
    /// its score and band (index plus one), read from the table, or computed when the scale has none; or, with too
    /// few answers, why it is not scored.
    /// </summary>
    /// <param name="compiled">The assessment this table was built for.</param>
    /// <param name="slot">The scale's slot.</param>
    /// <param name="scale">Scale index, below the scale count.</param>
    /// <param name="sum">The sum of the keyed answers, each on the assessment's response scale.</param>
    /// <param name="answered">How many of the scale's items were answered.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Score(CompiledAssessment compiled, ref ScoreSlot slot, int scale, int sum, int answered)
    {
        // Unchecked and without bounds checks: scale is below the scale count, answered within the scale's items, and
        // the sum of that many answers on the response scale within the row the table holds for that count.
        unchecked
        {
            ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows), 4 * scale);
            slot.Answered = (short)answered;
            if (answered < Unsafe.Add(ref row, 2))
            {
                slot.Status = ScoreStatus.NotScored;
                slot.Reason = NotScoredReason.TooFewAnswers;
                return;
            }

            if (Unsafe.Add(ref row, 3) != 0)
            {
                var index = (nint)row + ((nint)answered * Unsafe.Add(ref row, 1)) + sum;
                Debug.Assert(index >= 0 && index < _values.Length, "the sum of answers on the response scale lies in the scale's table");
                slot.Value = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), index);
                slot.BandPlusOne = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bands), index);
            }
            else
            {
                var items = compiled.ScaleItemStart[scale + 1] - compiled.ScaleItemStart[scale];
                slot.Value = AggregateStage.ScaleValue(compiled.ScaleIsSum[scale], sum, items, answered);
                slot.BandPlusOne = BandsStage.BandOf(compiled, scale, slot.Value);
            }

            slot.Status = ScoreStatus.Scored;
            slot.Reason = NotScoredReason.None;
        }
    }
}
