using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Internal;
using IntimacyKit.Scoring;

namespace IntimacyKit.Dyadic;

/// <summary>
/// Two people's results of the same assessment side by side: partners, parent and child, siblings, friends. Per
/// scale both scores, the difference, and whether both, one or neither stand in the top band; for dyadic pairs
/// (such as the listening check) the perception gap in both directions: how each rates themselves against how the
/// other rates them. Privacy: the report is built from scale scores and dyadic-pair answers only, so nothing of
/// either person's safety screen (answers or flags) can appear in what the other sees.
/// </summary>
public sealed class DyadicReport
{
    /// <summary>
    /// The words every dyadic report opens with, for both people alike (so that nothing in it hints at either person's
    /// safety answers): compare only if both feel safe, and where to turn if not.
    /// </summary>
    public const string SafetyNotice = "Compare your answers together only if you both feel safe doing so. If either of you is afraid of the other, put this report aside and turn to the support options below on your own.";

    private DyadicReport(string assessmentId, string first, string second, ImmutableArray<DyadicScale> scales, ImmutableArray<PerceptionGap> gapsAboutFirst, ImmutableArray<PerceptionGap> gapsAboutSecond, ImmutableArray<Content.SupportResource> supportResources, string disclaimer)
    {
        SupportResources = supportResources;
        Disclaimer = disclaimer;
        AssessmentId = assessmentId;
        FirstName = first;
        SecondName = second;
        Scales = scales;
        GapsAboutFirst = gapsAboutFirst;
        GapsAboutSecond = gapsAboutSecond;
    }

    /// <summary>The assessment compared.</summary>
    public string AssessmentId { get; }

    /// <summary>
    /// Every kind of help the assessment's safety screen can offer, shown first in every report, whether or not either
    /// person raised a flag: a report that showed support only after a flag would tell the other person about it.
    /// </summary>
    public ImmutableArray<Content.SupportResource> SupportResources { get; }

    /// <summary>That this is a tool for reflection, not a diagnosis (the pack's disclaimer).</summary>
    public string Disclaimer { get; }

    /// <summary>How the first person is named in the sentences.</summary>
    public string FirstName { get; }

    /// <summary>How the second person is named in the sentences.</summary>
    public string SecondName { get; }

    /// <summary>Per scale and composite, in the assessment's order.</summary>
    public ImmutableArray<DyadicScale> Scales { get; }

    /// <summary>How the first person rates themselves against how the second rates them, per dyadic pair.</summary>
    public ImmutableArray<PerceptionGap> GapsAboutFirst { get; }

    /// <summary>How the second person rates themselves against how the first rates them, per dyadic pair.</summary>
    public ImmutableArray<PerceptionGap> GapsAboutSecond { get; }

    /// <summary>Builds the report.</summary>
    /// <param name="first">The first person's result.</param>
    /// <param name="second">The second person's result, of the same assessment and version.</param>
    /// <param name="dyadicPairs">The assessment's dyadic pairs (from the catalog), for the perception gaps; none when empty.</param>
    /// <param name="firstName">How to name the first person, such as "you".</param>
    /// <param name="secondName">How to name the second person, such as "your partner".</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The results are of different assessments or versions.</exception>
    public static DyadicReport Create(AssessmentResult first, AssessmentResult second, IEnumerable<Content.DyadicPair>? dyadicPairs = null, string firstName = "Person A", string secondName = "Person B")
    {
        Guard.NotNull(first);
        Guard.NotNull(second);
        Guard.NotBlank(firstName);
        Guard.NotBlank(secondName);
        if (first.AssessmentId != second.AssessmentId || first.AssessmentVersion != second.AssessmentVersion)
        {
            throw new ArgumentException($"A dyadic report compares results of one assessment and version; got '{first.AssessmentId}' {first.AssessmentVersion} and '{second.AssessmentId}' {second.AssessmentVersion}.", nameof(second));
        }

        var scales = first.Scales.Concat(first.Composites)
            .Select(score => DyadicScale.Create(score, second.GetScore(score.Id), firstName, secondName))
            .ToImmutableArray();
        var pairs = dyadicPairs?.ToList() ?? [];
        var range = $"on the {first.Layout.ResponseMin}-{first.Layout.ResponseMax} scale";
        return new DyadicReport(
            first.AssessmentId,
            firstName,
            secondName,
            scales,
            [.. pairs.Select(p => PerceptionGap.Create(p, Raw(first, p.SelfItem), Raw(second, p.OtherItem), firstName, secondName, range))],
            [.. pairs.Select(p => PerceptionGap.Create(p, Raw(second, p.SelfItem), Raw(first, p.OtherItem), secondName, firstName, range))],
            [.. first.Layout.ScreenResources.Concat(second.Layout.ScreenResources).DistinctBy(static r => r.Id, StringComparer.Ordinal)],
            first.Disclaimer);
    }

    private static int? Raw(AssessmentResult result, string itemId)
    {
        foreach (var answer in result.Answers)
        {
            if (answer.ItemId == itemId)
            {
                return answer.Value;
            }
        }

        return null;
    }
}

/// <summary>Whether the two people stand in the top band of a scale.</summary>
public enum TopBandAgreement
{
    /// <summary>Not both scored, or the scale has no bands.</summary>
    Unknown = 0,

    /// <summary>Both stand in the top band.</summary>
    Both = 1,

    /// <summary>Only the first person does.</summary>
    OnlyFirst = 2,

    /// <summary>Only the second person does.</summary>
    OnlySecond = 3,

    /// <summary>Neither does.</summary>
    Neither = 4,
}

/// <summary>One scale or composite, both people side by side.</summary>
/// <param name="ScoreId">Scale or composite id.</param>
/// <param name="Title">Name shown to people.</param>
/// <param name="First">The first person's score.</param>
/// <param name="Second">The second person's score.</param>
/// <param name="Difference">First minus second, when both are scored.</param>
/// <param name="TopBand">Who stands in the top band.</param>
/// <param name="Text">A short sentence.</param>
public sealed record DyadicScale(string ScoreId, string Title, double? First, double? Second, double? Difference, TopBandAgreement TopBand, string Text)
{
    internal static DyadicScale Create(ScaleScore first, ScaleScore second, string firstName, string secondName)
    {
        var difference = first.Value is { } a && second.Value is { } b ? a - b : (double?)null;
        var top = first.Bands.IsEmpty ? null : first.Bands[^1];
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
        var label = top?.Label ?? "the top band";

        // A protective scale (wariness, guardedness) reads the same whatever the flags: neither person is told that the
        // other can help with it or that it is something to work on together, since it may be what keeps someone safe.
        // Every other suggestion to talk holds only if both feel safe, said to every pair alike.
        var scores = Scores(firstName, secondName, first.Value, second.Value);
        var text = first.IsProtective ? ProtectiveText(first.Title, scores, first.Value, second.Value) : agreement switch
        {
            TopBandAgreement.Both => $"{first.Title} ({scores}): '{label}' for both {firstName} and {secondName}; if you both feel safe, this is something to work on together.",
            TopBandAgreement.OnlyFirst => $"{first.Title} ({scores}): '{label}' for {firstName}, not for {secondName}; if you both feel safe talking about it, {secondName} may be able to help.",
            TopBandAgreement.OnlySecond => $"{first.Title} ({scores}): '{label}' for {secondName}, not for {firstName}; if you both feel safe talking about it, {firstName} may be able to help.",
            TopBandAgreement.Neither => $"{first.Title} ({scores}): neither {firstName} nor {secondName} reached '{label}'.",
            _ => $"{first.Title}: not scored for both, so it cannot be compared.",
        };
        return new DyadicScale(first.Id, first.Title, first.Value, second.Value, difference, agreement, text);
    }

    private static string ProtectiveText(string title, string scores, double? first, double? second)
        => first is not null && second is not null
            ? $"{title} ({scores}): this can be a way of staying safe; talk about it together only if you both feel safe, and never push the other to let go of it."
            : $"{title}: not scored for both, so it cannot be compared.";

    private static string Scores(string firstName, string secondName, double? first, double? second)
        => string.Create(CultureInfo.InvariantCulture, $"{firstName} {first:0.##}, {secondName} {second:0.##}");
}

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
