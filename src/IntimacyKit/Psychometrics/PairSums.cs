namespace IntimacyKit.Psychometrics;

/// <summary>
/// Running integer sums for pairwise covariances in one dense pass. A missing answer counts as 0 in every sum and
/// product (so it adds nothing), and each row's few missing items record what the pairs with them must leave out: for a
/// pair (a, b), the rows that answered both number rows - missing(a) - missing(b) + missing(a and b), and their sum of a
/// is the sum of a over all rows less its sum over the rows where b is missing. Exact, as every term is an integer.
/// </summary>
internal sealed class PairSums
{
    private readonly int _k;
    private readonly long[] _sums;
    private readonly long[] _missing;
    private readonly long[] _products;
    private readonly long[] _sumsWhereMissing;
    private readonly long[] _bothMissing;
    private readonly long[] _values;
    private readonly int[] _gaps;
    private long _rows;

    public PairSums(int k)
    {
        _k = k;
        _sums = new long[k];
        _missing = new long[k];
        _products = new long[k * k];
        _sumsWhereMissing = new long[k * k];
        _bothMissing = new long[k * k];
        _values = new long[k];
        _gaps = new int[k];
    }

    /// <summary>Adds a row: the answers to the items, <see cref="AnswerMatrix.Missing"/> where there is none.</summary>
    public void Add(ReadOnlySpan<int> line, int[] items)
    {
        var k = _k;
        var values = _values;
        var gaps = 0;
        _rows++;
        for (var a = 0; a < k; a++)
        {
            var value = line[items[a]];
            if (value == AnswerMatrix.Missing)
            {
                values[a] = 0;
                _missing[a]++;
                _gaps[gaps++] = a;
            }
            else
            {
                values[a] = value;
                _sums[a] += value;
            }
        }

        var products = _products;
        for (var a = 0; a < k; a++)
        {
            var x = values[a];
            if (x != 0)
            {
                var offset = a * k;
                for (var b = a; b < k; b++)
                {
                    products[offset + b] += x * values[b];
                }
            }
        }

        for (var g = 0; g < gaps; g++)
        {
            var offset = _gaps[g] * k;
            for (var a = 0; a < k; a++)
            {
                _sumsWhereMissing[offset + a] += values[a];
            }

            for (var h = 0; h < gaps; h++)
            {
                _bothMissing[offset + _gaps[h]]++;
            }
        }
    }

    /// <summary>The sample covariance of items a and b over the rows that answered both; NaN for fewer than two such rows.</summary>
    public double Covariance(int a, int b)
    {
        var n = _rows - _missing[a] - _missing[b] + _bothMissing[(a * _k) + b];
        var sumA = _sums[a] - _sumsWhereMissing[(b * _k) + a];
        var sumB = _sums[b] - _sumsWhereMissing[(a * _k) + b];
        var products = _products[(Math.Min(a, b) * _k) + Math.Max(a, b)];
        return n < 2 ? double.NaN : ((double)((n * products) - (sumA * sumB))) / (n * (n - 1.0));
    }
}
