using System.Globalization;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>
/// The few sentences the library writes itself into a result (why an exercise is suggested, notes on how the answers
/// were given), in the language of the pack that defines the assessment: German for <c>de</c>, English otherwise. Every
/// other text a person reads is the pack's own. The progress and dyadic reports word theirs the same way
/// (<c>ProgressText</c>, <c>DyadicText</c>), in the language the results were answered in.
/// </summary>
internal static class ResultText
{
    public static bool IsGerman(string culture) => CultureName.Language(culture) == "de";

    /// <summary>A number written for German readers: a decimal comma (without CultureInfo, so that invariant globalization mode works).</summary>
    private static string Decimal(string invariant) => invariant.Replace('.', ',');

    /// <summary>A number for the readers of <paramref name="culture"/>: <c>1.5</c> in English, <c>1,5</c> in German.</summary>
    internal static string Number(string culture, double value, string format)
    {
        var invariant = value.ToString(format, CultureInfo.InvariantCulture);
        return IsGerman(culture) ? Decimal(invariant) : invariant;
    }

    public static string Recommendation(
        string culture, bool showsBands, (string Title, string? Band, double Value) standing, string? obstacleTitle, Exercise exercise, bool urgent)
    {
        var difficulty = (int)exercise.Difficulty;
        if (IsGerman(culture))
        {
            var about = obstacleTitle is null ? string.Empty : $"; auch deine Antwort zu „{obstacleTitle}“ fiel auf";
            var level = exercise.Difficulty switch { Difficulty.Gentle => "behutsamer", Difficulty.Steady => "mittlerer", _ => "fordernder" };
            var value = Decimal(standing.Value.ToString("0.##", CultureInfo.InvariantCulture));
            var why = showsBands && standing.Band is { } band
                ? $"Vorgeschlagen, weil „{standing.Title}“ bei dir als „{band}“ herauskam (Wert {value})"
                : $"Vorgeschlagen wegen „{standing.Title}“ (dein Wert: {value})";
            var text = $"{why}{about}; „{exercise.Title}“ ist ein {level} Schritt (Stufe {difficulty} von 3), der zu dieser Art von Beziehung passt.";
            return urgent
                ? text + " Weil deine Antworten darauf hindeuten, dass deine Sicherheit gefährdet sein könnte, werden nur Übungen vorgeschlagen, die du allein "
                    + "machen kannst, und die Unterstützungsangebote kommen zuerst."
                : text;
        }

        var aboutEn = obstacleTitle is null ? string.Empty : $", and your answer about '{obstacleTitle}' stood out";
        var levelEn = exercise.Difficulty switch { Difficulty.Gentle => "gentle", Difficulty.Steady => "steady", _ => "stretching" };
        var whyEn = showsBands && standing.Band is { } label
            ? string.Create(CultureInfo.InvariantCulture, $"Suggested because '{standing.Title}' came out as '{label}' for you (score {standing.Value:0.##})")
            : string.Create(CultureInfo.InvariantCulture, $"Suggested for '{standing.Title}' (score {standing.Value:0.##})");
        var english = $"{whyEn}{aboutEn}; '{exercise.Title}' is a {levelEn} step (difficulty {difficulty} of 3) that suits this kind of relationship.";
        return urgent
            ? english + " Because your answers suggest you may not be safe, only exercises you can do on your own are suggested, and the support "
                + "options come first."
            : english;
    }

    public static string StraightLining(string culture, int mostCount, int answered, int value)
        => IsGerman(culture)
            ? string.Create(CultureInfo.InvariantCulture, $"{mostCount} von {answered} beantworteten Aussagen haben dieselbe Antwort ({value}), ")
                + "auch Aussagen, die nach dem Gegenteil fragen; lies diese Ergebnisse mit Vorsicht, sie geben vielleicht nicht wieder, wie es wirklich ist."
            : string.Create(CultureInfo.InvariantCulture, $"{mostCount} of {answered} answered items have the same answer ({value}), ")
                + "including statements that ask the opposite; read these results with care, as they may not reflect how things really are.";

    public static string Contradiction(string culture, string title)
        => IsGerman(culture)
            ? $"Bei „{title}“ wurden Aussagen, die Gegenteiliges fragen, beide am selben Ende der Skala beantwortet; lies dieses Ergebnis mit Vorsicht."
            : $"In '{title}', statements that ask opposite things were both answered at the same end of the scale; read this result with care.";

    public static string TooFast(string culture, int fast, int timed, double seconds)
        => IsGerman(culture)
            ? string.Create(CultureInfo.InvariantCulture, $"{fast} von {timed} gemessenen Antworten dauerten weniger als {Decimal($"{seconds:0.##}")} s, ")
                + "schneller, als sich die Aussagen lesen lassen; lies diese Ergebnisse mit Vorsicht."
            : string.Create(CultureInfo.InvariantCulture, $"{fast} of {timed} timed answers took less than {seconds:0.##} s, ")
                + "faster than the statements can be read; read these results with care.";

    /// <summary>How a score was worked out, in German: the score, the rule, what counted, what is missing and the band.</summary>
    public static string Explanation(
        ScoreLayout layout,
        ScoreSlot slot,
        IEnumerable<ExplainedPart> counted,
        IEnumerable<string> missing,
        Band? band,
        int min,
        int max)
    {
        var n = layout.Members.Length;
        var rule = layout.IsComposite
            ? $"gewichteter Mittelwert der berechneten Skalen; mindestens {layout.MinRequired} von {n} Skalen nötig"
            : layout.Aggregation == Aggregation.Sum
                ? $"Summe der Aussagen, bei fehlenden hochgerechnet als Summe x {n} / beantwortet (nicht gerundet); mindestens {layout.MinRequired} von {n} "
                    + $"Aussagen nötig; umgekehrt gepolte Aussagen zählen als {min} + {max} - Antwort"
                : $"Mittelwert der beantworteten Aussagen; mindestens {layout.MinRequired} von {n} Aussagen nötig; umgekehrt gepolte Aussagen zählen als "
                    + $"{min} + {max} - Antwort";
        // Numbers for people in German: a decimal comma, as everywhere else in a German result.
        static string N(double v) => Number("de", v, "0.###");
        var value = slot.Status == ScoreStatus.Scored ? N(slot.Value) : "nicht berechnet";
        var parts = counted.Select(static p => p.ImputedBy != ImputationMethod.None
            ? $"{p.Id}={N(p.Value)} (nicht beantwortet; {(p.ImputedBy == ImputationMethod.Median ? "Median" : "Mittelwert")} der Aussage)"
            : p.Raw is { } raw
                ? $"{p.Id}={N(p.Value)}{(p.Reversed ? $" (geantwortet {raw}, umgekehrt gepolt)" : string.Empty)}"
                : $"{p.Id}={N(p.Value)} x {N(p.Weight)}").ToList();
        var text = $"{layout.Title} ({layout.Id}): {value}. Regel: {rule}. Gezählt: {(parts.Count == 0 ? "keine" : string.Join(", ", parts))}.";
        var absent = missing.ToList();
        if (absent.Count > 0)
        {
            text += $" Fehlend: {string.Join(", ", absent)}.";
        }

        return band is null
            ? text
            : text + $" Einstufung: {band.Label} ({Number("de", band.From, "0.###")} bis {Number("de", band.To, "0.###")}; {band.Provenance}).";
    }
}
