using IntimacyKit.Content;
using IntimacyKit.Scoring;

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

    /// <summary>Fills <paramref name="keyed"/> with the response's keyed answers by item index, <see cref="Missing"/> where there is none.</summary>
    public static void Key(Assessment assessment, ResponseScale scale, Dictionary<string, int> index, AssessmentResponse response, Span<int> keyed)
    {
        keyed.Fill(Missing);
        var answers = response.Answers;
        for (var j = 0; j < answers.Length; j++)
        {
            var answer = answers[j];

            // Answers usually come in item order with the assessment's own id strings: check in place first.
            var i = j < assessment.Items.Length && ReferenceEquals(assessment.Items[j].Id, answer.ItemId) ? j : index.GetValueOrDefault(answer.ItemId, -1);
            if (i >= 0 && answer.Value is { } value && scale.Contains(value))
            {
                keyed[i] = assessment.Items[i].Reverse ? scale.Reverse(value) : value;
            }
        }
    }
}
