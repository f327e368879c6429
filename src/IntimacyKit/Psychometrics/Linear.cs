namespace IntimacyKit.Psychometrics;

/// <summary>The little linear algebra item analysis needs: correlations, a pseudo-inverse and squared multiple correlations.</summary>
internal static class Linear
{
    /// <summary>R's <c>.Machine$double.eps</c>, 2^-52.</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>R's <c>cov2cor</c>: c[a, b] / sqrt(c[a, a] c[b, b]), with exact ones on the diagonal.</summary>
    public static double[,] Correlations(double[,] c)
    {
        var k = c.GetLength(0);
        var r = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                r[a, b] = a == b ? 1 : c[a, b] / Math.Sqrt(c[a, a] * c[b, b]);
            }
        }

        return r;
    }

    /// <summary>The matrix without row and column <paramref name="drop"/>.</summary>
    public static double[,] Without(double[,] m, int drop)
    {
        var k = m.GetLength(0) - 1;
        var result = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                result[a, b] = m[a < drop ? a : a + 1, b < drop ? b : b + 1];
            }
        }

        return result;
    }

    /// <summary>
    /// Squared multiple correlations as <c>psych::smc</c> computes them: 1 - 1 / diag(R⁺) with the Moore-Penrose inverse
    /// (singular values below sqrt(eps) x the largest dropped), clamped to [0, 1]; NaN when R has a missing correlation.
    /// </summary>
    public static double[] SquaredMultipleCorrelations(double[,] r)
    {
        var k = r.GetLength(0);
        var smc = new double[k];
        foreach (var value in r)
        {
            if (double.IsNaN(value))
            {
                Array.Fill(smc, double.NaN);
                return smc;
            }
        }

        var inverse = PseudoInverse(r);
        for (var a = 0; a < k; a++)
        {
            smc[a] = Math.Clamp(1 - (1 / inverse[a, a]), 0, 1);
        }

        return smc;
    }

    /// <summary>The Moore-Penrose inverse of a symmetric matrix, from its eigen-decomposition (R's svd-based <c>Pinv</c>).</summary>
    public static double[,] PseudoInverse(double[,] symmetric)
    {
        var k = symmetric.GetLength(0);
        var (values, vectors) = SymmetricEigen(symmetric);
        var largest = values.Max(Math.Abs);
        var tolerance = Math.Sqrt(MachineEpsilon) * largest;
        var result = new double[k, k];
        for (var e = 0; e < k; e++)
        {
            if (Math.Abs(values[e]) <= tolerance)
            {
                continue;
            }

            var inverse = 1 / values[e];
            for (var a = 0; a < k; a++)
            {
                var scaled = vectors[a, e] * inverse;
                for (var b = 0; b < k; b++)
                {
                    result[a, b] += scaled * vectors[b, e];
                }
            }
        }

        return result;
    }

    /// <summary>Eigenvalues and eigenvectors (as columns) of a symmetric matrix by cyclic Jacobi rotations.</summary>
    public static (double[] Values, double[,] Vectors) SymmetricEigen(double[,] symmetric)
    {
        var k = symmetric.GetLength(0);
        var a = (double[,])symmetric.Clone();
        var v = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < 100 && OffDiagonal(a) > 1e-30 * Diagonal(a); sweep++)
        {
            for (var p = 0; p < k - 1; p++)
            {
                for (var q = p + 1; q < k; q++)
                {
                    Rotate(a, v, p, q);
                }
            }
        }

        var values = new double[k];
        for (var i = 0; i < k; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }

    /// <summary>One Jacobi rotation that zeroes a[p, q] (Golub and Van Loan, algorithm 8.4.2).</summary>
    private static void Rotate(double[,] a, double[,] v, int p, int q)
    {
        if (a[p, q] == 0)
        {
            return;
        }

        var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        var t = Math.Sign(theta) is 0 ? 1.0 : Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        if (double.IsInfinity(theta * theta))
        {
            t = 1 / (2 * theta);
        }

        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = t * c;
        var k = a.GetLength(0);
        for (var i = 0; i < k; i++)
        {
            double aip = a[i, p], aiq = a[i, q];
            a[i, p] = (c * aip) - (s * aiq);
            a[i, q] = (s * aip) + (c * aiq);
        }

        for (var i = 0; i < k; i++)
        {
            double api = a[p, i], aqi = a[q, i];
            a[p, i] = (c * api) - (s * aqi);
            a[q, i] = (s * api) + (c * aqi);
        }

        for (var i = 0; i < k; i++)
        {
            double vip = v[i, p], viq = v[i, q];
            v[i, p] = (c * vip) - (s * viq);
            v[i, q] = (s * vip) + (c * viq);
        }
    }

    private static double OffDiagonal(double[,] a)
    {
        var sum = 0.0;
        var k = a.GetLength(0);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                sum += i == j ? 0 : a[i, j] * a[i, j];
            }
        }

        return sum;
    }

    private static double Diagonal(double[,] a)
    {
        var sum = 0.0;
        for (var i = 0; i < a.GetLength(0); i++)
        {
            sum += a[i, i] * a[i, i];
        }

        return sum;
    }
}
