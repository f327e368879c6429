using System.Globalization;

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

    /// <summary>A short sentence.</summary>
    public string Text { get; }

    internal static PerceptionGap Create(Content.DyadicPair pair, int? self, int? byOther, string person, string other, string range)
    {
        var gap = self - byOther;
        var text = gap switch
        {
            null => $"{pair.Title}, about {person}: not rated by both.",
            0 => string.Create(CultureInfo.InvariantCulture, $"{pair.Title}, about {person}: rated {self} by both ({range})."),
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $"{pair.Title}, about {person}: rated {self} by {person} and {byOther} by {other} ({range}), a gap of {Math.Abs(gap.Value)}."),
        };
        return new PerceptionGap(pair.Id, pair.Title, self, byOther, gap, text);
    }
}
