using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>
/// How often each keyed answer was given to each item: enough for exact medians (R's <c>median</c>, the mean of the two
/// middle answers for an even count) and means, in memory that does not grow with the number of responses.
/// </summary>
internal sealed class ItemHistogram
{
    private readonly Assessment _assessment;
    private readonly ResponseScale _scale;
    private readonly Dictionary<string, int> _index;
    private readonly long[,] _counts;

    public ItemHistogram(Assessment assessment, ResponseScale scale)
    {
        _assessment = assessment;
        _scale = scale;
        _index = assessment.Items.Select((item, i) => (item.Id, i)).ToDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        _counts = new long[assessment.Items.Length, scale.Max - scale.Min + 1];
    }

    public void Add(AssessmentResponse response)
    {
        foreach (var answer in response.Answers)
        {
            if (answer.Value is { } value && _scale.Contains(value) && _index.TryGetValue(answer.ItemId, out var i))
            {
                var keyed = _assessment.Items[i].Reverse ? _scale.Reverse(value) : value;
                _counts[i, keyed - _scale.Min]++;
            }
        }
    }

    public int Answered(int item)
    {
        long n = 0;
        for (var p = 0; p < _counts.GetLength(1); p++)
        {
            n += _counts[item, p];
        }

        return (int)Math.Min(n, int.MaxValue);
    }

    public double Mean(int item)
    {
        long n = 0, sum = 0;
        for (var p = 0; p < _counts.GetLength(1); p++)
        {
            n += _counts[item, p];
            sum += _counts[item, p] * (_scale.Min + p);
        }

        return n == 0 ? double.NaN : (double)sum / n;
    }

    public double Median(int item)
    {
        long n = 0;
        for (var p = 0; p < _counts.GetLength(1); p++)
        {
            n += _counts[item, p];
        }

        return n == 0 ? double.NaN : (Nth(item, (n - 1) / 2) + Nth(item, n / 2)) / 2.0;
    }

    /// <summary>The answer at zero-based rank <paramref name="rank"/> in sorted order.</summary>
    private int Nth(int item, long rank)
    {
        long seen = 0;
        for (var p = 0; p < _counts.GetLength(1); p++)
        {
            seen += _counts[item, p];
            if (seen > rank)
            {
                return _scale.Min + p;
            }
        }

        return _scale.Max;
    }
}
