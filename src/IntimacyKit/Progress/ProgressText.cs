using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Scoring;

namespace IntimacyKit.Progress;

/// <summary>
/// The sentences of a progress report, in the language the results were answered in (<see cref="AssessmentResult.Culture"/>):
/// German for <c>de</c>, English otherwise, as <see cref="ResultText"/> words a result's own sentences. Numbers for German
/// readers take a decimal comma.
/// </summary>
internal static class ProgressText
{
    /// <summary>One scale's change in words.</summary>
    public static string Scale(
        string culture, string title, ChangeClassification classification, double? change, double? rci, ImmutableArray<double?> values)
    {
        if (ResultText.IsGerman(culture))
        {
            return classification switch
            {
                ChangeClassification.NotEnoughInformation when change is { } delta
                    => $"{title}: Dein Wert {GermanChange(delta, GermanSeries(values))}; hier ist ein niedrigerer Wert besser.",
                ChangeClassification.NotEnoughInformation
                    => $"{title}: Am Anfang oder am Ende wurde kein Wert berechnet, deshalb lässt sich die Veränderung nicht vergleichen.",
                _ => $"{title}: Dein Wert hat sich um {ResultText.Number(culture, change!.Value, "+0.##;-0.##;0")} verändert "
                    + $"(RCI {ResultText.Number(culture, rci!.Value, "0.00")}): {GermanDescription(classification)}.",
            };
        }

        return classification switch
        {
            ChangeClassification.NotEnoughInformation when change is { } delta => $"{title} {Direction(delta)} ({Series(values)}); lower is better here.",
            ChangeClassification.NotEnoughInformation => $"{title} was not scored at the start or at the end, so there is not enough information to compare.",
            _ => string.Create(CultureInfo.InvariantCulture, $"{title} changed by {change:+0.##;-0.##;0} (RCI {rci:0.00}): {Describe(classification)}."),
        };
    }

    /// <summary>Said once for a report with a change that cannot be judged without norms.</summary>
    public static string Note(string culture) => ResultText.IsGerman(culture)
        ? "Ohne Normen für diese Skalen lässt sich eine Veränderung noch nicht vom Zufall oder von der Tagesform unterscheiden; nimm sie als etwas, das "
            + "dir auffällt, nicht als Messung."
        : "Without norms for these scales, a change cannot yet be told apart from chance or from how the day went; treat it as something to notice, not a "
            + "measurement.";

    /// <summary>Every score in the series, first to last, such as "from 5 through 3 to 1.5"; a gap where a result did not score it.</summary>
    private static string Series(ImmutableArray<double?> values)
    {
        static string Format(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "not scored";
        return values.Length == 2
            ? $"from {Format(values[0])} to {Format(values[^1])}"
            : $"from {Format(values[0])} through {string.Join(", ", values.Skip(1).Take(values.Length - 2).Select(Format))} to {Format(values[^1])}";
    }

    /// <summary>Which way a scale moved, in words: a lower score means the obstacle holds the person back less.</summary>
    private static string Direction(double delta) => delta switch
    {
        < 0 => string.Create(CultureInfo.InvariantCulture, $"went down by {-delta:0.##}, the better direction"),
        > 0 => string.Create(CultureInfo.InvariantCulture, $"went up by {delta:0.##}, so it weighs a little more than before"),
        _ => "stayed the same",
    };

    private static string Describe(ChangeClassification classification) => classification switch
    {
        ChangeClassification.Improved => "a reliable improvement (lower is better for an obstacle)",
        ChangeClassification.Worsened => "a reliable increase, so this obstacle weighs more than before",
        _ => "no reliable change",
    };

    /// <summary>The series in German: "von 5 über 3 auf 1,5"; "nicht berechnet" where a result did not score it.</summary>
    private static string GermanSeries(ImmutableArray<double?> values)
    {
        static string Format(double? value) => value is { } v ? ResultText.Number("de", v, "0.##") : "nicht berechnet";
        return values.Length == 2
            ? $"von {Format(values[0])} auf {Format(values[^1])}"
            : $"von {Format(values[0])} über {string.Join(", ", values.Skip(1).Take(values.Length - 2).Select(Format))} auf {Format(values[^1])}";
    }

    /// <summary>Which way a scale moved, in German, with the values right after the verb.</summary>
    private static string GermanChange(double delta, string series) => delta switch
    {
        < 0 => $"ist um {ResultText.Number("de", -delta, "0.##")} gesunken ({series}), in die bessere Richtung",
        > 0 => $"ist um {ResultText.Number("de", delta, "0.##")} gestiegen ({series}), das wiegt also etwas schwerer als vorher",
        _ => $"ist gleich geblieben ({series})",
    };

    private static string GermanDescription(ChangeClassification classification) => classification switch
    {
        ChangeClassification.Improved => "eine verlässliche Verbesserung (bei einem Hindernis ist ein niedrigerer Wert besser)",
        ChangeClassification.Worsened => "ein verlässlicher Anstieg, dieses Hindernis wiegt also schwerer als vorher",
        _ => "keine verlässliche Veränderung",
    };
}
