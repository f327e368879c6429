namespace IntimacyKit.Scoring;

/// <summary>The standard normal distribution function, from the complementary error function (Numerical Recipes' erfc, relative error below 1.2e-7).</summary>
internal static class NormalDistribution
{
    private static readonly double[] Coefficients =
    [
        -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277,
    ];

    public static double Cdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        var polynomial = 0.0;
        for (var i = Coefficients.Length - 1; i >= 0; i--)
        {
            polynomial = (polynomial * t) + Coefficients[i];
        }

        var r = t * Math.Exp(-(z * z) + polynomial);
        return x >= 0 ? r : 2 - r;
    }
}
