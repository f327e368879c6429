namespace IntimacyKit.Psychometrics;

/// <summary>Count, mean and sample (n - 1) standard deviation, in two passes for accuracy.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal readonly record struct Moments(int Count, double Mean, double StandardDeviation)
{
    /// <summary>One column's answered values over the given rows.</summary>
    public static Moments Of(AnswerMatrix data, int[] rows, int column)
    {
        long sum = 0;
        var count = 0;
        foreach (var row in rows)
        {
            var value = data[row, column];
            if (value != AnswerMatrix.Missing)
            {
                sum += value;
                count++;
            }
        }

        if (count == 0)
        {
            return new Moments(0, double.NaN, double.NaN);
        }

        var mean = (double)sum / count;
        var squares = 0.0;
        foreach (var row in rows)
        {
            var value = data[row, column];
            if (value != AnswerMatrix.Missing)
            {
                squares += (value - mean) * (value - mean);
            }
        }

        return new Moments(count, mean, count < 2 ? double.NaN : Math.Sqrt(squares / (count - 1)));
    }

    /// <summary>The finite values among <paramref name="values"/>.</summary>
    public static Moments Of(ReadOnlySpan<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                sum += value;
                count++;
            }
        }

        if (count == 0)
        {
            return new Moments(0, double.NaN, double.NaN);
        }

        var mean = sum / count;
        var squares = 0.0;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                squares += (value - mean) * (value - mean);
            }
        }

        return new Moments(count, mean, count < 2 ? double.NaN : Math.Sqrt(squares / (count - 1)));
    }
}
