using System.Collections.Immutable;
using IntimacyKit.Content;
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
    public const string SafetyNotice = "Compare your answers together only if you both feel safe doing so. "
        + "If either of you is afraid of the other, put this report aside and turn to the support options below on your own.";

    private DyadicReport(
        string assessmentId,
        string first,
        string second,
        ImmutableArray<DyadicScale> scales,
        ImmutableArray<PerceptionGap> gapsAboutFirst,
        ImmutableArray<PerceptionGap> gapsAboutSecond,
        ImmutableArray<Content.SupportResource> supportResources,
        (string Disclaimer, string Culture) words)
    {
        var disclaimer = words.Disclaimer;
        Culture = words.Culture;
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

    /// <summary>The language both people answered in; the report's sentences are in it.</summary>
    public string Culture { get; }

    /// <summary><see cref="SafetyNotice"/> in the report's language, for hosts to show before the comparison.</summary>
    public string Notice => DyadicText.SafetyNotice(Culture);

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
    /// <exception cref="ResultComparisonException">The results are of different assessments or versions.</exception>
    public static DyadicReport Create(
        AssessmentResult first,
        AssessmentResult second,
        IEnumerable<Content.DyadicPair>? dyadicPairs = null,
        string firstName = "Person A",
        string secondName = "Person B")
    {
        Guard.NotNull(first);
        Guard.NotNull(second);
        Guard.NotBlank(firstName);
        Guard.NotBlank(secondName);
        if (!CultureName.AreSame(first.Culture, second.Culture))
        {
            throw new ResultComparisonException(
                $"A dyadic report compares answers given in one language; got {first.Culture} and {second.Culture}. Each person answers the same "
                    + "translation, so that the statements they compare are the same ones.",
                nameof(second),
                first,
                second);
        }

        if (first.AssessmentId != second.AssessmentId || first.AssessmentVersion != second.AssessmentVersion)
        {
            throw new ResultComparisonException(
                $"A dyadic report compares results of one assessment and version; got '{first.AssessmentId}' {first.AssessmentVersion} and " +
                $"'{second.AssessmentId}' {second.AssessmentVersion}.",
                nameof(second),
                first,
                second);
        }

        var scales = first.Scales.Concat(first.Composites)
            .Select(score => DyadicScale.Create(score, second.GetScore(score.Id), firstName, secondName, first.Culture))
            .ToImmutableArray();
        var pairs = dyadicPairs?.ToList() ?? [];
        var range = DyadicText.Range(first.Culture, first.Layout.ResponseMin, first.Layout.ResponseMax);
        return new DyadicReport(
            first.AssessmentId,
            firstName,
            secondName,
            scales,
            [.. pairs.Select(p => PerceptionGap.Create(p, (Raw(first, p.SelfItem), Raw(second, p.OtherItem)), (firstName, secondName), range, first.Culture))],
            [.. pairs.Select(p => PerceptionGap.Create(p, (Raw(second, p.SelfItem), Raw(first, p.OtherItem)), (secondName, firstName), range, first.Culture))],
            [.. first.Layout.ScreenResources.Concat(second.Layout.ScreenResources).DistinctBy(static r => r.Id, StringComparer.Ordinal)],
            (first.Disclaimer, first.Culture));
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
