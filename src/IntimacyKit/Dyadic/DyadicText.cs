using System.Globalization;
using IntimacyKit.Scoring;

namespace IntimacyKit.Dyadic;

/// <summary>
/// The sentences of a dyadic report, in the language both people answered in (<see cref="AssessmentResult.Culture"/>):
/// German for <c>de</c>, English otherwise, as <see cref="ResultText"/> words a result's own sentences. The two people are
/// named as the host gives them; numbers for German readers take a decimal comma.
/// </summary>
internal static class DyadicText
{
    /// <summary>The answer scale of the perception gaps: "on the 1-5 scale".</summary>
    public static string Range(string culture, int min, int max)
        => ResultText.IsGerman(culture)
            ? string.Create(CultureInfo.InvariantCulture, $"auf der Skala von {min} bis {max}")
            : string.Create(CultureInfo.InvariantCulture, $"on the {min}-{max} scale");

    /// <summary>What to call the top band when the scale has none to name.</summary>
    /// <summary>The notice before a comparison: <see cref="DyadicReport.SafetyNotice"/>, or its German.</summary>
    public static string SafetyNotice(string culture) => ResultText.IsGerman(culture)
        ? "Vergleicht eure Antworten nur dann gemeinsam, wenn ihr euch beide dabei sicher fühlt. Wenn du Angst vor der anderen Person hast, leg diesen "
            + "Bericht beiseite und wende dich allein an die Unterstützungsangebote unten."
        : DyadicReport.SafetyNotice;

    public static string TopBand(string culture) => ResultText.IsGerman(culture) ? "die oberste Einstufung" : "the top band";

    /// <summary>Both scores, as "Sam 3.5, Alex 2".</summary>
    public static string Scores(string culture, string firstName, string secondName, double? first, double? second)
        => $"{firstName} {Number(culture, first)}, {secondName} {Number(culture, second)}";

    /// <summary>One scale, both people: who stands in the top band, and whether to talk about it.</summary>
    public static string Scale(
        string culture, string title, string scores, string label, TopBandAgreement agreement, bool bothScored, (string First, string Second) names)
    {
        var (a, b) = names;
        if (ResultText.IsGerman(culture))
        {
            return agreement switch
            {
                TopBandAgreement.Both
                    => $"{title} ({scores}): „{label}“ kam bei euch beiden heraus, bei {a} und bei {b}; wenn ihr euch beide sicher fühlt, ist das etwas, "
                        + "woran ihr gemeinsam arbeiten könnt.",
                TopBandAgreement.OnlyFirst => $"{title} ({scores}): „{label}“ kam bei {a} heraus, nicht bei {b}; {GermanHelp(b)}",
                TopBandAgreement.OnlySecond => $"{title} ({scores}): „{label}“ kam bei {b} heraus, nicht bei {a}; {GermanHelp(a)}",
                TopBandAgreement.Neither => $"{title} ({scores}): „{label}“ kam weder bei {a} noch bei {b} heraus.",
                _ when bothScored => $"{title} ({scores}).",
                _ => NotScored(culture, title),
            };
        }

        return agreement switch
        {
            TopBandAgreement.Both
                => $"{title} ({scores}): '{label}' for both {a} and {b}; if you both feel safe, this is something to work on together.",
            TopBandAgreement.OnlyFirst
                => $"{title} ({scores}): '{label}' for {a}, not for {b}; if you both feel safe talking about it, {b} may be able to help.",
            TopBandAgreement.OnlySecond
                => $"{title} ({scores}): '{label}' for {b}, not for {a}; if you both feel safe talking about it, {a} may be able to help.",
            TopBandAgreement.Neither => $"{title} ({scores}): neither {a} nor {b} reached '{label}'.",
            _ when bothScored => $"{title} ({scores}).", // scored, in a language that shows no bands
            _ => NotScored(culture, title),
        };
    }

    /// <summary>A protective scale, the same for every pair: a way of staying safe, never something to push.</summary>
    public static string Protective(string culture, string title, string scores, bool bothScored)
        => !bothScored ? NotScored(culture, title)
            : ResultText.IsGerman(culture)
                ? $"{title} ({scores}): Das kann eine Art sein, sich zu schützen; sprecht nur dann gemeinsam darüber, wenn ihr euch beide sicher fühlt, und "
                    + "drängt einander nie, das aufzugeben."
                : $"{title} ({scores}): this can be a way of staying safe; talk about it together only if you both feel safe, and never push the other to let "
                    + "go of it.";

    /// <summary>How a person rates their own behaviour against how the other person rates it.</summary>
    public static string Gap(string culture, string title, (int? Self, int? ByOther) ratings, string person, string other, string range)
    {
        var (self, byOther) = ratings;
        var gap = self - byOther;
        if (ResultText.IsGerman(culture))
        {
            return gap switch
            {
                null => $"„{title}“ bei {person}: nicht von euch beiden eingeschätzt.",
                0 => string.Create(CultureInfo.InvariantCulture, $"„{title}“ bei {person}: von euch beiden mit {self} eingeschätzt ({range})."),
                _ => string.Create(
                    CultureInfo.InvariantCulture,
                    $"„{title}“ bei {person}: von {person} mit {self} eingeschätzt, von {other} mit {byOther} ({range}), "
                        + $"ein Unterschied von {Math.Abs(gap.Value)}."),
            };
        }

        return gap switch
        {
            null => $"{title}, about {person}: not rated by both.",
            0 => string.Create(CultureInfo.InvariantCulture, $"{title}, about {person}: rated {self} by both ({range})."),
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $"{title}, about {person}: rated {self} by {person} and {byOther} by {other} ({range}), a gap of {Math.Abs(gap.Value)}."),
        };
    }

    private static string NotScored(string culture, string title) => ResultText.IsGerman(culture)
        ? $"{title}: nicht für euch beide berechnet, deshalb lässt sich das nicht vergleichen."
        : $"{title}: not scored for both, so it cannot be compared.";

    private static string GermanHelp(string helper)
        => $"wenn ihr euch beide sicher fühlt, darüber zu sprechen, kann {helper} vielleicht helfen.";

    /// <summary>A score as the English text has always written it ("3.5", nothing when not scored), with a decimal comma in German.</summary>
    private static string Number(string culture, double? value) => value is { } v ? ResultText.Number(culture, v, "0.##") : string.Empty;
}
