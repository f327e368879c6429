using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>Why a scale or composite has the score it has: built on demand, so that explaining costs nothing when nobody asks.</summary>
public sealed class ScoreExplanation
{
    private ScoreExplanation(string scoreId, string rule, ImmutableArray<ExplainedPart> counted, ImmutableArray<string> missing, Band? band, string text)
    {
        ScoreId = scoreId;
        Rule = rule;
        Counted = counted;
        Missing = missing;
        Band = band;
        Text = text;
    }

    /// <summary>The scale or composite explained.</summary>
    public string ScoreId { get; }

    /// <summary>The rule applied, such as "mean of the answered items; at least 3 of 4 needed".</summary>
    public string Rule { get; }

    /// <summary>The items (scale) or scales (composite) that counted, with their values after keying.</summary>
    public ImmutableArray<ExplainedPart> Counted { get; }

    /// <summary>The items (scale) or scales (composite) that did not count.</summary>
    public ImmutableArray<string> Missing { get; }

    /// <summary>The band, whose provenance says where its cut-offs come from; <see langword="null"/> when none holds the score.</summary>
    public Band? Band { get; }

    /// <summary>The whole explanation as sentences.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;

    internal static ScoreExplanation Create(AssessmentResult result, int index)
    {
        var layout = result.Layout.Scores[index];
        var slot = result.Slots[index];
        var counted = ImmutableArray.CreateBuilder<ExplainedPart>();
        var missing = ImmutableArray.CreateBuilder<string>();
        var rule = layout.IsComposite
            ? CollectScales(result, layout, counted, missing)
            : CollectItems(result, layout, counted, missing);
        // A result that shows no bands (a translation not validated with its own norms) explains none either.
        var band = slot.BandIndex >= 0 && result.ShowsBands ? layout.Bands[slot.BandIndex] : null;
        var text = ResultText.IsGerman(result.Culture)
            ? ResultText.Explanation(layout, slot, counted, missing, band, result.Layout.ResponseMin, result.Layout.ResponseMax)
            : Sentences(layout, slot, rule, counted, missing, band);
        text += Imputation(result, counted);
        return new ScoreExplanation(layout.Id, rule, counted.ToImmutable(), missing.ToImmutable(), band, text);
    }

    /// <summary>Sorts a composite's scales into counted (scored) and missing; returns the composite's rule.</summary>
    private static string CollectScales(
        AssessmentResult result,
        ScoreLayout layout,
        ImmutableArray<ExplainedPart>.Builder counted,
        ImmutableArray<string>.Builder missing)
    {
        for (var k = 0; k < layout.Members.Length; k++)
        {
            var member = new ScaleScore(result, layout.Members[k]);
            if (member.Value is { } value)
            {
                counted.Add(new ExplainedPart(member.Id, value, null, false, layout.Weights[k]));
            }
            else
            {
                missing.Add(member.Id);
            }
        }

        return $"weighted mean of the scored scales (sum of weight x score / sum of |weight|); at least {layout.MinRequired} of {layout.Members.Length} "
            + "scales needed";
    }

    /// <summary>Sorts a scale's items into counted (answered in range, after keying) and missing; returns the scale's rule.</summary>
    private static string CollectItems(
        AssessmentResult result,
        ScoreLayout layout,
        ImmutableArray<ExplainedPart>.Builder counted,
        ImmutableArray<string>.Builder missing)
    {
        var raw = RawAnswers(result);
        var min = result.Layout.ResponseMin;
        var max = result.Layout.ResponseMax;
        foreach (var item in layout.Members)
        {
            var id = result.Layout.ItemIds[item];
            var reverse = result.Layout.ItemReverse[item];
            if (raw.TryGetValue(id, out var value))
            {
                counted.Add(new ExplainedPart(id, reverse ? ResponseScale.Reverse(min, max, value) : value, value, reverse, 1));
            }
            else if (FilledIn(result, layout, id) is { } filled)
            {
                counted.Add(new ExplainedPart(id, filled.Value, null, reverse, 1, filled.Method));
            }
            else
            {
                missing.Add(id);
            }
        }

        return layout.Aggregation == Aggregation.Sum
            ? $"sum of the items, prorated as sum x {layout.Members.Length} / answered when some are missing (not rounded); at least "
                + $"{layout.MinRequired} of {layout.Members.Length} items needed; reverse-keyed items scored as {min} + {max} - answer"
            : $"mean of the answered items; at least {layout.MinRequired} of {layout.Members.Length} items needed; reverse-keyed items scored as {min} + "
                + $"{max} - answer";
    }

    /// <summary>The whole explanation as sentences: the score (or why there is none), the rule, what counted, what is missing and the band.</summary>
    private static string Sentences(
        ScoreLayout layout,
        ScoreSlot slot,
        string rule,
        ImmutableArray<ExplainedPart>.Builder counted,
        ImmutableArray<string>.Builder missing,
        Band? band)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{layout.Title} ({layout.Id}): ");
        text.Append(slot.Status == ScoreStatus.Scored
            ? string.Create(CultureInfo.InvariantCulture, $"{slot.Value:0.###}")
            : $"not scored ({Describe(slot.EffectiveReason)})");
        text.Append(
            CultureInfo.InvariantCulture,
            $". Rule: {rule}. Counted: {(counted.Count == 0 ? "none" : string.Join(", ", counted.Select(static p => p.ToString())))}.");
        if (missing.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Missing: {string.Join(", ", missing)}.");
        }

        if (band is not null)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $" Band: {band.Label} ({band.From.ToString(CultureInfo.InvariantCulture)} to {band.To.ToString(CultureInfo.InvariantCulture)}; " +
                $"{band.Provenance}).");
        }

        return text.ToString();
    }

    /// <summary>The value that filled in a missing answer, when the scale's missing answers were filled.</summary>
    private static (double Value, ImputationMethod Method)? FilledIn(AssessmentResult result, ScoreLayout layout, string itemId)
    {
        if (result.Imputation is not { } imputation || result.ImputedAt(result.Layout.Scores.IndexOf(layout)) == 0)
        {
            return null;
        }

        var item = imputation.Items.FirstOrDefault(i => i.ItemId == itemId);
        return item is { Method: not ImputationMethod.None, Value: { } value } ? (value, item.Method) : null;
    }

    /// <summary>A sentence on the answers filled in, naming where their values come from; empty when none were.</summary>
    private static string Imputation(AssessmentResult result, ImmutableArray<ExplainedPart>.Builder counted)
    {
        var filled = counted.Where(static p => p.ImputedBy != ImputationMethod.None).ToList();
        if (filled.Count == 0 || result.Imputation is not { } imputation)
        {
            return string.Empty;
        }

        var ids = string.Join(", ", filled.Select(static p => p.Id));
        var median = filled[0].ImputedBy == ImputationMethod.Median;
        return ResultText.IsGerman(result.Culture)
            ? $" Ergänzt: {ids}, jeweils mit dem {(median ? "Median" : "Mittelwert")} der Antworten auf die Aussage in den {imputation.Responses} gemeinsam "
                + "ausgewerteten Antwortsätzen."
            : $" Filled in: {ids}, each with the item's {(median ? "median" : "mean")} over the {imputation.Responses} responses scored together.";
    }

    private static Dictionary<string, int> RawAnswers(AssessmentResult result)
    {
        var raw = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var answer in result.Answers)
        {
            if (answer.Value is { } value && value >= result.Layout.ResponseMin && value <= result.Layout.ResponseMax)
            {
                raw.TryAdd(answer.ItemId, value);
            }
        }

        return raw;
    }

    private static string Describe(NotScoredReason reason) => reason switch
    {
        NotScoredReason.TooFewAnswers => "too few items answered",
        NotScoredReason.TooFewScales => "too few scales scored",
        NotScoredReason.PipelineStopped => "scoring stopped early",
        NotScoredReason.Withheld => "withheld by a scoring stage",
        _ => "no value",
    };
}
