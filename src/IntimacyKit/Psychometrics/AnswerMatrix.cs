namespace IntimacyKit.Psychometrics;

/// <summary>
/// Keyed answers, one row per response and one column per item of the assessment, in one flat array: answers are whole
/// numbers, so sums and cross-products are exact in 64-bit integers and the covariances agree with R to the last bits.
/// </summary>
internal sealed class AnswerMatrix(int columns)
{
    /// <summary>Marks an item the response did not answer.</summary>
    public const int Missing = int.MinValue;

    private int[] _values = new int[Math.Max(columns, 1) * 64];

    public int Columns { get; } = columns;

    public int Rows { get; private set; }

    /// <summary>A new row, every item missing, to fill in place.</summary>
    public Span<int> AddRow()
    {
        var start = Rows * Columns;
        if (start + Columns > _values.Length)
        {
            Array.Resize(ref _values, Math.Max(_values.Length * 2, start + Columns));
        }

        Rows++;
        var row = _values.AsSpan(start, Columns);
        row.Fill(Missing);
        return row;
    }

    public ReadOnlySpan<int> Row(int row) => _values.AsSpan(row * Columns, Columns);

    public int this[int row, int column] => _values[(row * Columns) + column];
}
