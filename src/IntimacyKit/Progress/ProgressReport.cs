using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Scoring;

namespace IntimacyKit.Progress;

/// <summary>
/// Change across two or more results of one assessment: per scale and composite the values over time, the change
/// from the first to the last, its Reliable Change Index where norms give a standard deviation and reliability, a
/// classification (for an obstacle, lower is better), and a trend per month. Results of different assessment
/// versions are refused unless <see cref="ProgressOptions.ComparableVersions"/> says they measure the same thing.
/// </summary>
public sealed class ProgressReport
{
    /// <summary>The language the results were answered in, which the sentences are worded in.</summary>
    private readonly string _culture;

    private ProgressReport(string assessmentId, ImmutableArray<DateTimeOffset> dates, ImmutableArray<ScaleProgress> scales, string culture)
    {
        _culture = culture;
        AssessmentId = assessmentId;
        Dates = dates;
        Scales = scales;
    }

    /// <summary>The assessment compared.</summary>
    public string AssessmentId { get; }

    /// <summary>When each result was completed, oldest first.</summary>
    public ImmutableArray<DateTimeOffset> Dates { get; }

    /// <summary>Per scale and composite, in the assessment's order.</summary>
    public ImmutableArray<ScaleProgress> Scales { get; }

    /// <summary>
    /// Said once for the whole report when any scale has no norms: without them a change cannot be told apart from
    /// chance; <see langword="null"/> when every scale could be judged. In the language the results were answered in, as
    /// each scale's <see cref="ScaleProgress.Text"/> (German for <c>de</c>, English otherwise).
    /// </summary>
    public string? Note => Scales.Any(static s => s.Classification == ChangeClassification.NotEnoughInformation && s.Change is not null)
        ? ProgressText.Note(_culture)
        : null;

    /// <summary>Builds the report.</summary>
    /// <param name="results">Two or more results of the same assessment, in any order.</param>
    /// <param name="options">Which versions may be compared; the same version only when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ResultComparisonException">Fewer than two results, different assessments, or different versions not declared comparable.</exception>
    public static ProgressReport Create(IEnumerable<AssessmentResult> results, ProgressOptions? options = null)
    {
        var ordered = Guard.NotNull(results).OrderBy(static r => r.CompletedAt).ToList();
        if (ordered.Count < 2)
        {
            throw new ResultComparisonException($"Progress needs at least two results; {ordered.Count} given.", nameof(results));
        }

        var first = ordered[0];
        if (ordered.FirstOrDefault(r => r.AssessmentId != first.AssessmentId) is { } other)
        {
            throw new ResultComparisonException(
                $"Results of different assessments cannot be compared: '{first.AssessmentId}' and '{other.AssessmentId}'.",
                nameof(results),
                first,
                other);
        }

        if (ordered.FirstOrDefault(r => !CultureName.AreSame(r.Culture, first.Culture)) is { } translated)
        {
            throw new ResultComparisonException(
                $"Results answered in different languages ({first.Culture} and {translated.Culture}) are not compared: a translation measures only as "
                    + "well as its own validation shows, so change across languages is not change in the person.",
                nameof(results),
                first,
                translated);
        }

        var comparable = options?.ComparableVersions ?? [];
        foreach (var result in ordered.Where(r => r.AssessmentVersion != first.AssessmentVersion))
        {
            if (!(comparable.Contains(result.AssessmentVersion) && comparable.Contains(first.AssessmentVersion)))
            {
                throw new ResultComparisonException(
                    $"Results of '{first.AssessmentId}' versions {first.AssessmentVersion} and {result.AssessmentVersion} are not compared silently; list " +
                    "both in ProgressOptions.ComparableVersions if they measure the same scales.",
                    nameof(results),
                    first,
                    result);
            }
        }

        var scales = ImmutableArray.CreateBuilder<ScaleProgress>();
        foreach (var score in first.Scales.Concat(first.Composites))
        {
            var values = ordered.Select(r => r.TryGetScore(score.Id, out var s) ? s.Value : null).ToImmutableArray();
            var norms = options?.Norms.GetValueOrDefault(score.Id)
                ?? ordered.Select(r => r.TryGetScore(score.Id, out var s) ? s.Norms : null).LastOrDefault(static n => n is not null);
            scales.Add(ScaleProgress.Create(
                score.Id,
                score.Title,
                score.IsComposite,
                values,
                ordered.Select(static r => r.CompletedAt).ToImmutableArray(),
                norms,
                first.Culture));
        }

        return new ProgressReport(first.AssessmentId, [.. ordered.Select(static r => r.CompletedAt)], scales.ToImmutable(), first.Culture);
    }

    /// <summary>Gets one scale's progress.</summary>
    /// <param name="scoreId">Scale or composite id.</param>
    /// <returns>Its progress.</returns>
    public ScaleProgress this[string scoreId] => Scales.FirstOrDefault(s => s.ScoreId == scoreId)
        ?? throw new KeyNotFoundException($"The report has no scale or composite '{scoreId}'.");
}
