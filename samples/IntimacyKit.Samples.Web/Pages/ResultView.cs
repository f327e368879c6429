using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Charts;
using IntimacyKit.Scoring;
using IntimacyKit.Support;
using Microsoft.Extensions.Localization;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>What the result partial shows: the result, where to find its content, and the host's support contacts.</summary>
public sealed class ResultView(AssessmentResult result, ContentCatalog catalog, SupportDirectory support, Guid? storedId)
{
    /// <summary>At most this many exercises are shown: one to three gentle things to try.</summary>
    public const int MaxExercises = 3;

    public AssessmentResult Result { get; } = result;

    public ContentCatalog Catalog { get; } = catalog;

    public SupportDirectory Support { get; } = support;

    public Guid? StoredId { get; } = storedId;

    /// <summary>The chart of the scale scores, its words in the page's language.</summary>
    public string Chart(IStringLocalizer words)
    {
        var (min, max) = Catalog.TryGetAssessment(Result.AssessmentId, out var assessment)
            && Catalog.TryGetResponseScale(assessment.ResponseScale, out var scale)
                ? (scale.Min, scale.Max)
                : (1, 5);
        return ScoreChart.Scales(Result, min, max, words: words);
    }

    /// <summary>Scales in their top band (protective ones excepted while harm may stand): what stands out.</summary>
    public IEnumerable<ScaleScore> StandingOut => Result.Scales.Where(static s => s.ProtectiveFraming is null && s.Band is { } b && b.Id == s.Bands[^1].Id);

    public string? Meaning(ScaleScore score) => score.Obstacle is { } id && Catalog.TryGetObstacle(id, out var obstacle) ? obstacle.Summary : null;
}
