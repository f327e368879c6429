using IntimacyKit.Scoring;

namespace IntimacyKit.Dyadic;

/// <summary>One scale or composite, both people side by side.</summary>
public sealed class DyadicScale
{
    /// <summary>Creates the value.</summary>
    /// <param name="scoreId">Scale or composite id.</param>
    /// <param name="title">Name shown to people.</param>
    /// <param name="first">The first person's score.</param>
    /// <param name="second">The second person's score.</param>
    /// <param name="difference">First minus second, when both are scored.</param>
    /// <param name="topBand">Who stands in the top band.</param>
    /// <param name="text">A short sentence.</param>
    internal DyadicScale(string scoreId, string title, double? first, double? second, double? difference, TopBandAgreement topBand, string text)
    {
        ScoreId = scoreId;
        Title = title;
        First = first;
        Second = second;
        Difference = difference;
        TopBand = topBand;
        Text = text;
    }

    /// <summary>Scale or composite id.</summary>
    public string ScoreId { get; }

    /// <summary>Name shown to people.</summary>
    public string Title { get; }

    /// <summary>The first person's score.</summary>
    public double? First { get; }

    /// <summary>The second person's score.</summary>
    public double? Second { get; }

    /// <summary>First minus second, when both are scored.</summary>
    public double? Difference { get; }

    /// <summary>Who stands in the top band.</summary>
    public TopBandAgreement TopBand { get; }

    /// <summary>A short sentence, in the language both people answered in (German for <c>de</c>, English otherwise).</summary>
    public string Text { get; }

    internal static DyadicScale Create(ScaleScore first, ScaleScore second, string firstName, string secondName, string culture)
    {
        var difference = first.Value is { } a && second.Value is { } b ? a - b : (double?)null;
        // Where the results show no bands (a translation without its own norms), who stands in the top band is not said.
        var top = first.Bands.IsEmpty || second.Bands.IsEmpty ? null : first.Bands[^1];
        bool? firstTop = first.IsScored && top is not null ? first.Band?.Id == top.Id : null;
        bool? secondTop = second.IsScored && top is not null ? second.Band?.Id == top.Id : null;
        var agreement = (firstTop, secondTop) switch
        {
            (true, true) => TopBandAgreement.Both,
            (true, false) => TopBandAgreement.OnlyFirst,
            (false, true) => TopBandAgreement.OnlySecond,
            (false, false) => TopBandAgreement.Neither,
            _ => TopBandAgreement.Unknown,
        };
        var label = top?.Label ?? DyadicText.TopBand(culture);

        // A protective scale (wariness, guardedness) reads the same whatever the flags: neither person is told that the
        // other can help with it or that it is something to work on together, since it may be what keeps someone safe.
        // Every other suggestion to talk holds only if both feel safe, said to every pair alike.
        var scores = DyadicText.Scores(culture, firstName, secondName, first.Value, second.Value);
        var text = first.IsProtective
            ? DyadicText.Protective(culture, first.Title, scores, first.Value is not null && second.Value is not null)
            : DyadicText.Scale(culture, first.Title, scores, label, agreement, first.IsScored && second.IsScored, (firstName, secondName));
        return new DyadicScale(first.Id, first.Title, first.Value, second.Value, difference, agreement, text);
    }
}
