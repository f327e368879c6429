namespace IntimacyKit.Dyadic;

/// <summary>How one person rates their own behaviour against how the other person rates it.</summary>
public sealed class PerceptionGap
{
    /// <summary>Creates the value.</summary>
    /// <param name="pairId">The dyadic pair.</param>
    /// <param name="title">The behaviour.</param>
    /// <param name="self">The person's raw answer about themselves.</param>
    /// <param name="byOther">The other person's raw answer about them.</param>
    /// <param name="gap">Self minus by-other, when both answered.</param>
    /// <param name="text">A short sentence.</param>
    internal PerceptionGap(string pairId, string title, int? self, int? byOther, int? gap, string text)
    {
        PairId = pairId;
        Title = title;
        Self = self;
        ByOther = byOther;
        Gap = gap;
        Text = text;
    }

    /// <summary>The dyadic pair.</summary>
    public string PairId { get; }

    /// <summary>The behaviour.</summary>
    public string Title { get; }

    /// <summary>The person's raw answer about themselves.</summary>
    public int? Self { get; }

    /// <summary>The other person's raw answer about them.</summary>
    public int? ByOther { get; }

    /// <summary>Self minus by-other, when both answered.</summary>
    public int? Gap { get; }

    /// <summary>A short sentence, in the language both people answered in (German for <c>de</c>, English otherwise).</summary>
    public string Text { get; }

    internal static PerceptionGap Create(
        Content.DyadicPair pair, (int? Self, int? ByOther) ratings, (string Person, string Other) names, string range, string culture)
    {
        var text = DyadicText.Gap(culture, pair.Title, ratings, names.Person, names.Other, range);
        return new PerceptionGap(pair.Id, pair.Title, ratings.Self, ratings.ByOther, ratings.Self - ratings.ByOther, text);
    }
}
