using System.Globalization;

namespace IntimacyKit.Dyadic;

/// <summary>How one person rates their own behaviour against how the other person rates it.</summary>
/// <param name="PairId">The dyadic pair.</param>
/// <param name="Title">The behaviour.</param>
/// <param name="Self">The person's raw answer about themselves.</param>
/// <param name="ByOther">The other person's raw answer about them.</param>
/// <param name="Gap">Self minus by-other, when both answered.</param>
/// <param name="Text">A short sentence.</param>
public sealed record PerceptionGap(string PairId, string Title, int? Self, int? ByOther, int? Gap, string Text)
{
    internal static PerceptionGap Create(Content.DyadicPair pair, int? self, int? byOther, string person, string other, string range)
    {
        var gap = self - byOther;
        var text = gap switch
        {
            null => $"{pair.Title}, about {person}: not rated by both.",
            0 => string.Create(CultureInfo.InvariantCulture, $"{pair.Title}, about {person}: rated {self} by both ({range})."),
            _ => string.Create(CultureInfo.InvariantCulture, $"{pair.Title}, about {person}: rated {self} by {person} and {byOther} by {other} ({range}), a gap of {Math.Abs(gap.Value)}."),
        };
        return new PerceptionGap(pair.Id, pair.Title, self, byOther, gap, text);
    }
}
