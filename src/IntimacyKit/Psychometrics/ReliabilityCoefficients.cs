namespace IntimacyKit.Psychometrics;

/// <summary>
/// The reliability figures <c>psych::alpha</c> gives for a set of items (a scale, or a scale without one item), from
/// their covariance matrix C and correlation matrix R with k items. NaN where a figure cannot be computed (fewer than
/// two items with variance).
/// </summary>
public sealed class ReliabilityCoefficients
{
    private ReliabilityCoefficients(
        double rawAlpha,
        double standardizedAlpha,
        double guttmanLambda6,
        double averageR,
        double medianR,
        double varianceOfR,
        double signalToNoise,
        double standardError)
    {
        RawAlpha = rawAlpha;
        StandardizedAlpha = standardizedAlpha;
        GuttmanLambda6 = guttmanLambda6;
        AverageR = averageR;
        MedianR = medianR;
        VarianceOfR = varianceOfR;
        SignalToNoise = signalToNoise;
        StandardError = standardError;
    }

    /// <summary><c>raw_alpha</c>: Cronbach's alpha from covariances, k / (k - 1) x (1 - tr(C) / sum(C)).</summary>
    public double RawAlpha { get; }

    /// <summary><c>std.alpha</c>: alpha from correlations, k / (k - 1) x (1 - k / sum(R)).</summary>
    public double StandardizedAlpha { get; }

    /// <summary><c>G6(smc)</c>: Guttman's lambda 6, 1 - (k - sum(smc)) / sum(R), smc the squared multiple correlations.</summary>
    public double GuttmanLambda6 { get; }

    /// <summary><c>average_r</c>: the mean inter-item correlation, (sum(R) - k) / (k (k - 1)).</summary>
    public double AverageR { get; }

    /// <summary><c>median_r</c>: the median inter-item correlation.</summary>
    public double MedianR { get; }

    /// <summary><c>var.r</c>: the variance (n - 1) of the inter-item correlations.</summary>
    public double VarianceOfR { get; }

    /// <summary><c>S/N</c>: signal to noise, k r̄ / (1 - r̄).</summary>
    public double SignalToNoise { get; }

    /// <summary>
    /// <c>ase</c> (<c>alpha se</c> for a dropped item): the asymptotic standard error of raw alpha (Duhachek and
    /// Iacobucci, 2004), sqrt(Q / n) with n the respondents.
    /// </summary>
    public double StandardError { get; }

    /// <summary>None of the figures (fewer than two items with variance).</summary>
    internal static ReliabilityCoefficients None { get; } =
        new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>psych's <c>alpha.1</c> with the standard error for <paramref name="respondents"/>.</summary>
    internal static ReliabilityCoefficients Compute(double[,] c, double[,] r, int respondents)
    {
        var k = c.GetLength(0);
        if (k < 2)
        {
            return None;
        }

        double trace = 0, sumC = 0, sumR = 0, traceCC = 0, sumCC = 0;
        var offDiagonal = new List<double>(k * (k - 1) / 2);
        for (var a = 0; a < k; a++)
        {
            trace += c[a, a];
            for (var b = 0; b < k; b++)
            {
                sumC += c[a, b];
                sumR += r[a, b];
                var cc = 0.0;
                for (var m = 0; m < k; m++)
                {
                    cc += c[a, m] * c[m, b];
                }

                sumCC += cc;
                traceCC += a == b ? cc : 0;
                if (b < a)
                {
                    offDiagonal.Add(r[a, b]);
                }
            }
        }

        double n = k;
        var averageR = (sumR - n) / (n * (n - 1));
        var smc = Linear.SquaredMultipleCorrelations(r).Sum();
        var q = 2 * n * n / ((n - 1) * (n - 1) * sumC * sumC * sumC) * ((sumC * (traceCC + (trace * trace))) - (2 * trace * sumCC));
        return new ReliabilityCoefficients(
            (1 - (trace / sumC)) * (n / (n - 1)),
            (1 - (n / sumR)) * (n / (n - 1)),
            1 - ((n - smc) / sumR),
            averageR,
            Median(offDiagonal),
            Variance(offDiagonal),
            n * averageR / (1 - averageR),
            Math.Sqrt(q / respondents));
    }

    /// <summary>
    /// What psych reports for one item of a two-item scale dropped (one item left, so no alpha in the usual sense):
    /// raw C[a, b] / C[b, b], standardised r, lambda 6 the squared correlation, r̄ = r, S/N r / (1 - r), no standard
    /// error, var.r 0 and median r. Kept for agreement with psych; read it as "no alpha without this item".
    /// </summary>
    internal static ReliabilityCoefficients TwoItemDrop(double[,] c, double[,] r, int dropped)
    {
        var left = 1 - dropped;
        var correlation = r[0, 1];
        return new ReliabilityCoefficients(
            c[0, 1] / c[left, left],
            correlation,
            Linear.SquaredMultipleCorrelations(r)[0],
            correlation,
            correlation,
            0,
            correlation / (1 - correlation),
            double.NaN);
    }

    private static double Median(List<double> values)
    {
        var finite = values.Where(double.IsFinite).Order().ToArray();
        return finite.Length == 0 ? double.NaN
            : finite.Length % 2 == 1 ? finite[finite.Length / 2]
            : (finite[(finite.Length / 2) - 1] + finite[finite.Length / 2]) / 2;
    }

    private static double Variance(List<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length < 2)
        {
            return double.NaN;
        }

        var mean = finite.Average();
        return finite.Sum(v => (v - mean) * (v - mean)) / (finite.Length - 1);
    }
}
