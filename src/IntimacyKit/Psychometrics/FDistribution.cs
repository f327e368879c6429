namespace IntimacyKit.Psychometrics;

/// <summary>
/// Quantiles of the F distribution (R's <c>qf</c>) for Feldt's interval, from the regularized incomplete beta function
/// (continued fraction, Numerical Recipes 6.4) inverted by safeguarded Newton steps; accurate to about 1e-12.
/// </summary>
internal static class FDistribution
{
    /// <summary>The <paramref name="p"/> quantile of F(<paramref name="df1"/>, <paramref name="df2"/>).</summary>
    public static double Quantile(double p, double df1, double df2)
    {
        if (!(p > 0 && p < 1 && df1 > 0 && df2 > 0))
        {
            return double.NaN;
        }

        // F = (df2 / df1) x / (1 - x) where x follows Beta(df1 / 2, df2 / 2).
        var x = BetaQuantile(p, df1 / 2, df2 / 2);
        return df2 / df1 * x / (1 - x);
    }

    /// <summary>The <paramref name="p"/> quantile of Beta(a, b).</summary>
    public static double BetaQuantile(double p, double a, double b)
    {
        var logBeta = LogGamma(a) + LogGamma(b) - LogGamma(a + b);
        double low = 0, high = 1, x = a / (a + b);
        for (var i = 0; i < 200; i++)
        {
            var error = RegularizedBeta(x, a, b) - p;
            if (error > 0)
            {
                high = x;
            }
            else
            {
                low = x;
            }

            var density = Math.Exp(((a - 1) * Math.Log(x)) + ((b - 1) * Math.Log(1 - x)) - logBeta);
            var next = x - (error / density);
            if (!(next > low && next < high))
            {
                next = (low + high) / 2;
            }

            if (Math.Abs(next - x) <= 1e-15 * Math.Max(x, 1e-300))
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    /// <summary>I_x(a, b), the regularized incomplete beta function.</summary>
    public static double RegularizedBeta(double x, double a, double b)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(x, a, b) / a
            : 1 - (front * ContinuedFraction(1 - x, b, a) / b);
    }

    /// <summary>The continued fraction of the incomplete beta function by the modified Lentz method.</summary>
    private static double ContinuedFraction(double x, double a, double b)
    {
        const double Tiny = 1e-300;
        double qab = a + b, qap = a + 1, qam = a - 1, c = 1, d = 1 - (qab * x / qap);
        d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
        var h = d;
        for (var m = 1; m <= 1_000_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 / NotTiny(1 + (aa * d));
            c = NotTiny(1 + (aa / c));
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 / NotTiny(1 + (aa * d));
            c = NotTiny(1 + (aa / c));
            var step = d * c;
            h *= step;
            if (Math.Abs(step - 1) < 1e-16)
            {
                break;
            }
        }

        return h;

        static double NotTiny(double value) => Math.Abs(value) < Tiny ? Tiny : value;
    }

    /// <summary>ln Γ(x) for x &gt; 0: Lanczos (g = 7, 9 terms) below 10, Stirling's series with five terms above.</summary>
    public static double LogGamma(double x)
    {
        if (x < 10)
        {
            return x < 0.5
                ? Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x)
                : Lanczos(x);
        }

        var inverse = 1 / x;
        var square = inverse * inverse;
        var series = inverse * (1.0 / 12 - (square * (1.0 / 360 - (square * (1.0 / 1260 - (square * (1.0 / 1680 - (square / 1188))))))));
        return ((x - 0.5) * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI)) + series;
    }

    private static double Lanczos(double x)
    {
        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        x -= 1;
        var sum = g[0];
        for (var i = 1; i < g.Length; i++)
        {
            sum += g[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
