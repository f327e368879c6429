using System.Globalization;
using System.Net;
using System.Text;
using IntimacyKit.Scoring;
using Microsoft.Extensions.Localization;

namespace IntimacyKit.Samples.Web.Charts;

/// <summary>
/// Charts drawn on the server as SVG, readable without script: each has a <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>, and the
/// pages put a table of the same numbers beside it for screen readers. Given the pages' localizer, the words and the
/// numbers people read (titles, descriptions, tooltips, the trend's dates) are in the request's language and culture;
/// without it, in English with invariant numbers. Coordinates are always invariant.
/// </summary>
public static class ScoreChart
{
    private const int Width = 640;
    private const int Row = 34;
    private const int LabelWidth = 230;
    private const int Track = Width - LabelWidth - 20;

    /// <summary>
    /// One bar per scored scale on the response scale's range: the bands shaded behind it (darker towards the top band),
    /// the score as a dot. Protective scales framed as protection and unscored scales are left out of the chart.
    /// </summary>
    public static string Scales(AssessmentResult result, int responseMin, int responseMax, string id = "scales-chart", IStringLocalizer? words = null)
    {
        var rows = result.Scales.Where(static s => s.Value is not null && s.ProtectiveFraming is null).ToList();
        var height = 30 + (rows.Count * Row);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" ")
            .Append(CultureInfo.InvariantCulture, $"aria-labelledby=\"{id}-title {id}-desc\" class=\"chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(Say(words, "{0}: scale scores", result.AssessmentTitle))}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(Describe(rows, responseMin, responseMax, result.ShowsBands, words))}</desc>");
        for (var i = 0; i < rows.Count; i++)
        {
            AppendRow(svg, rows[i], 20 + (i * Row), (responseMin, responseMax), result.ShowsBands, words);
        }

        AppendAxis(svg, height - 8, responseMin, responseMax);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Two people's scores side by side: per scale scored for both, its title, then a track on the response scale's range
    /// with a round dot for "you" just above it and a square for the other person just below, so that equal scores stay
    /// visible. Built from the dyadic report, so nothing of either safety screen.
    /// </summary>
    public static string Pair(
        Dyadic.DyadicReport report, string otherName, int responseMin, int responseMax, string id = "pair-chart", IStringLocalizer? words = null)
    {
        const int pairRow = 56;
        const int left = 20;
        const int track = Width - 40;
        var rows = report.Scales.Where(static s => s.First is not null && s.Second is not null).ToList();
        var height = 62 + (rows.Count * pairRow);
        var x = (double v) => left + ((v - responseMin) / (responseMax - responseMin) * track);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" ")
            .Append(CultureInfo.InvariantCulture, $"aria-labelledby=\"{id}-title {id}-desc\" class=\"chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Say(words, "Your scores and {0}'s, side by side", Escape(otherName))}</title>");
        var described = rows.Count == 0
            ? Say(words, "No scale was scored for both of you.")
            : string.Join("; ", rows.Select(s => Say(words, "{0}: you {1:0.00}, {2} {3:0.00}", s.Title, s.First!.Value, otherName, s.Second!.Value)));
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(described)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{left + 8}\" cy=\"12\" r=\"7\" class=\"score\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 20}\" y=\"17\" class=\"label\">{Escape(Say(words, "You"))}</text>")
            .Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + 81}\" y=\"5\" width=\"14\" height=\"14\" class=\"score-other\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 102}\" y=\"17\" class=\"label\">{Escape(Short(otherName))}</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var top = 36 + (i * pairRow);
            var (mine, theirs) = (rows[i].First!.Value, rows[i].Second!.Value);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{top + 12}\" class=\"label\">{Escape(rows[i].Title)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{top + 31}\" width=\"{track}\" height=\"4\" class=\"band band-0\"/>")
                .Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x(mine):0.#}\" cy=\"{top + 26}\" r=\"7\" class=\"score\">")
                .Append(CultureInfo.InvariantCulture, $"<title>{Escape(Say(words, "you: {0:0.00}", mine))}</title></circle>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{x(theirs) - 7:0.#}\" y=\"{top + 33}\" width=\"14\" height=\"14\" class=\"score-other\">")
                .Append(CultureInfo.InvariantCulture, $"<title>{Escape(Say(words, "{0}: {1:0.00}", otherName, theirs))}</title></rect>");
        }

        for (var v = responseMin; v <= responseMax; v++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x(v):0.#}\" y=\"{height - 8}\" class=\"axis\" text-anchor=\"middle\">{v}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A line per score over time, the points at each result's date; for a history of one assessment.</summary>
    public static string Trend(
        string title,
        IReadOnlyList<(DateTime At, double Value)> points,
        int responseMin,
        int responseMax,
        string id = "trend-chart",
        IStringLocalizer? words = null)
    {
        const int height = 220;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" ")
            .Append(CultureInfo.InvariantCulture, $"aria-labelledby=\"{id}-title {id}-desc\" class=\"chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(Say(words, "{0} over time", title))}</title>");
        var described = string.Join("; ", points.Select(p => Say(words, "{0:yyyy-MM-dd} {1:0.00}", p.At, p.Value)));
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(described)}</desc>");
        var x0 = 50.0;
        var plot = Width - 70.0;
        var y = (double v) => 20 + ((responseMax - v) / (responseMax - responseMin) * (height - 60));
        var step = points.Count > 1 ? plot / (points.Count - 1) : 0;
        var path = string.Join(
            ' ',
            points.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{(i == 0 ? 'M' : 'L')}{x0 + (i * step):0.#},{y(p.Value):0.#}")));
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" class=\"trend-line\" fill=\"none\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x0 + (i * step):0.#}\" cy=\"{y(points[i].Value):0.#}\" r=\"5\" class=\"trend-point\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + (i * step):0.#}\" y=\"{height - 18}\" class=\"axis\" text-anchor=\"middle\">")
                .Append(Escape(points[i].At.ToString(Say(words, "d MMM"), Culture(words)))).Append("</text>");
        }

        for (var v = responseMin; v <= responseMax; v++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 - 12}\" y=\"{y(v) + 4:0.#}\" class=\"axis\" text-anchor=\"end\">{v}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void AppendRow(StringBuilder svg, ScaleScore score, int top, (int Min, int Max) range, bool showsBands, IStringLocalizer? words)
    {
        var (min, max) = range;
        var x = (double v) => LabelWidth + ((v - min) / (max - min) * Track);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + 14}\" class=\"label\">{Escape(score.Title)}</text>");
        for (var b = 0; b < score.Bands.Length; b++)
        {
            var band = score.Bands[b];
            var from = Math.Max(band.From, min);
            var to = Math.Min(band.To, max);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x(from):0.#}\" y=\"{top}\" width=\"{x(to) - x(from):0.#}\" height=\"20\" ")
                .Append(CultureInfo.InvariantCulture, $"class=\"band band-{Math.Min(b, 3)}\"><title>{Escape(band.Label)}</title></rect>");
        }

        var value = score.Value!.Value;
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x(value):0.#}\" cy=\"{top + 10}\" r=\"7\" class=\"score\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{Escape(showsBands
                ? Say(words, "{0}: {1:0.00} ({2})", score.Title, value, score.Band?.Label ?? Say(words, "no band"))
                : Say(words, "{0}: {1:0.00}", score.Title, value))}</title></circle>");
    }

    private static void AppendAxis(StringBuilder svg, int y, int min, int max)
    {
        for (var v = min; v <= max; v++)
        {
            var x = LabelWidth + ((double)(v - min) / (max - min) * Track);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y}\" class=\"axis\" text-anchor=\"middle\">{v}</text>");
        }
    }

    /// <summary>The chart in words; without bands (a translation that shows none), the scores alone.</summary>
    private static string Describe(List<ScaleScore> rows, int min, int max, bool showsBands, IStringLocalizer? words) => rows.Count == 0
        ? Say(words, "No scale could be scored from these answers.")
        : Say(words, "Scores on a scale of {0} to {1}: {2}.", min, max, string.Join("; ", rows.Select(s => showsBands
            ? Say(words, "{0} {1:0.00}, {2}", s.Title, s.Value!.Value, s.Band?.Label ?? Say(words, "no band"))
            : Say(words, "{0} {1:0.00}", s.Title, s.Value!.Value))));

    /// <summary>Words for people: in the localizer's language and the current culture, or in English with invariant numbers.</summary>
    private static string Say(IStringLocalizer? words, string format, params object[] arguments)
        => words is null ? string.Format(CultureInfo.InvariantCulture, format, arguments) : words[format, arguments].Value;

    /// <summary>The culture of the numbers and dates people read: the request's with a localizer, else invariant.</summary>
    private static CultureInfo Culture(IStringLocalizer? words) => words is null ? CultureInfo.InvariantCulture : CultureInfo.CurrentCulture;

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A name short enough for the legend (the page names the person in full).</summary>
    private static string Short(string name) => name.Length <= 30 ? name : name[..29] + "…";
}
