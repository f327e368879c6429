using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Progress;

/// <summary>One scale's or composite's change over time.</summary>
public sealed class ScaleProgress
{
    private ScaleProgress(
        string scoreId,
        string title,
        bool isComposite,
        ImmutableArray<double?> values,
        double? change,
        double? sdiff,
        double? rci,
        ChangeClassification classification,
        double? trendPerMonth,
        string text)
    {
        ScoreId = scoreId;
        Title = title;
        IsComposite = isComposite;
        Values = values;
        Change = change;
        StandardErrorOfDifference = sdiff;
        ReliableChangeIndex = rci;
        Classification = classification;
        TrendPerMonth = trendPerMonth;
        Text = text;
    }

    /// <summary>Scale or composite id.</summary>
    public string ScoreId { get; }

    /// <summary>Name shown to people.</summary>
    public string Title { get; }

    /// <summary>Whether it is a composite.</summary>
    public bool IsComposite { get; }

    /// <summary>The value in each result, oldest first; <see langword="null"/> where not scored.</summary>
    public ImmutableArray<double?> Values { get; }

    /// <summary>Last value minus first value, when both exist.</summary>
    public double? Change { get; }

    /// <summary>Sdiff from the norms, when they exist.</summary>
    public double? StandardErrorOfDifference { get; }

    /// <summary>The Reliable Change Index, when norms exist.</summary>
    public double? ReliableChangeIndex { get; }

    /// <summary>Whether the change is reliable, and in which direction.</summary>
    public ChangeClassification Classification { get; }

    /// <summary>Least-squares slope of the values per month (30.44 days), over every scored result; <see langword="null"/> with fewer than two or all on one
    /// day.</summary>
    public double? TrendPerMonth { get; }

    /// <summary>The change in words, in the language the results were answered in (German for <c>de</c>, English otherwise).</summary>
    public string Text { get; }

    internal static ScaleProgress Create(
        string id,
        string title,
        bool isComposite,
        ImmutableArray<double?> values,
        ImmutableArray<DateTimeOffset> dates,
        Norms? norms,
        string culture)
    {
        var change = values[0] is { } first && values[^1] is { } last ? last - first : (double?)null;
        double? sdiff = norms is null ? null : ReliableChange.StandardErrorOfDifference(norms.StandardDeviation, norms.Reliability);
        double? rci = change is { } c && sdiff > 0 ? ReliableChange.Index(c, norms!.StandardDeviation, norms.Reliability) : null;
        var classification = rci switch
        {
            null => ChangeClassification.NotEnoughInformation,
            < -ReliableChange.Criterion => ChangeClassification.Improved,
            > ReliableChange.Criterion => ChangeClassification.Worsened,
            _ => ChangeClassification.Unchanged,
        };
        var trend = Trend(values, dates);
        var text = ProgressText.Scale(culture, title, classification, change, rci, values);
        return new ScaleProgress(id, title, isComposite, values, change, sdiff, rci, classification, trend, text);
    }

    private static double? Trend(ImmutableArray<double?> values, ImmutableArray<DateTimeOffset> dates)
    {
        var points = values.Select((v, i) => (v, x: (dates[i] - dates[0]).TotalDays / 30.44)).Where(static p => p.v is not null).ToList();
        if (points.Count < 2)
        {
            return null;
        }

        var meanX = points.Average(static p => p.x);
        var meanY = points.Average(static p => p.v!.Value);
        var sxx = points.Sum(p => (p.x - meanX) * (p.x - meanX));
        return sxx == 0 ? null : points.Sum(p => (p.x - meanX) * (p.v!.Value - meanY)) / sxx;
    }
}
