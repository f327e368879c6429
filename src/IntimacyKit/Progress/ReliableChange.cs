namespace IntimacyKit.Progress;

/// <summary>
/// The Reliable Change Index of Jacobson and Truax (1991): SEM = SD x sqrt(1 - r), Sdiff = sqrt(2) x SEM,
/// RCI = change / Sdiff; a change is reliable when |RCI| exceeds 1.96.
/// </summary>
public static class ReliableChange
{
    /// <summary>The |RCI| above which a change is reliable (two-tailed 95%).</summary>
    public const double Criterion = 1.96;

    /// <summary>The standard error of measurement, SD x sqrt(1 - r).</summary>
    /// <param name="standardDeviation">The scale's standard deviation in the norms.</param>
    /// <param name="reliability">The scale's reliability, in [0, 1).</param>
    /// <returns>The standard error of measurement.</returns>
    public static double StandardErrorOfMeasurement(double standardDeviation, double reliability)
        => standardDeviation * Math.Sqrt(1 - reliability);

    /// <summary>The standard error of the difference between two scores, sqrt(2) x SEM.</summary>
    /// <param name="standardDeviation">The scale's standard deviation in the norms.</param>
    /// <param name="reliability">The scale's reliability, in [0, 1).</param>
    /// <returns>The standard error of the difference.</returns>
    public static double StandardErrorOfDifference(double standardDeviation, double reliability)
        => Math.Sqrt(2) * StandardErrorOfMeasurement(standardDeviation, reliability);

    /// <summary>The Reliable Change Index, change / Sdiff.</summary>
    /// <param name="change">Later score minus earlier score.</param>
    /// <param name="standardDeviation">The scale's standard deviation in the norms.</param>
    /// <param name="reliability">The scale's reliability, in [0, 1).</param>
    /// <returns>The index.</returns>
    public static double Index(double change, double standardDeviation, double reliability)
        => change / StandardErrorOfDifference(standardDeviation, reliability);
}
