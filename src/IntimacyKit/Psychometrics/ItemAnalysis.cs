using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Scoring;

namespace IntimacyKit.Psychometrics;

/// <summary>
/// Whether the items of each scale hang together: Cronbach's alpha raw (from covariances) and standardised (from
/// correlations), and per item the corrected item-total correlation (r.drop) and alpha if the item is dropped,
/// computed as R's <c>psych::alpha</c> computes them (agreement to 1e-6 is tested). Reverse-keyed items are keyed
/// first. Warnings name likely keying errors, low alpha, items without variance and too few responses.
/// </summary>
public sealed class ItemAnalysis
{
    private ItemAnalysis(string assessmentId, int responses, ImmutableArray<ScaleAnalysis> scales)
    {
        AssessmentId = assessmentId;
        Responses = responses;
        Scales = scales;
    }

    /// <summary>The assessment analysed.</summary>
    public string AssessmentId { get; }

    /// <summary>How many responses were read.</summary>
    public int Responses { get; }

    /// <summary>Per scale, in the assessment's order.</summary>
    public ImmutableArray<ScaleAnalysis> Scales { get; }

    /// <summary>Analyses responses to one assessment.</summary>
    /// <param name="catalog">The content with the assessment.</param>
    /// <param name="assessmentId">The assessment.</param>
    /// <param name="responses">Responses to it; answers to unknown items and values outside the scale are ignored.</param>
    /// <param name="options">Options; the defaults when <see langword="null"/>.</param>
    /// <returns>The analysis.</returns>
    public static ItemAnalysis Analyze(
        ContentCatalog catalog,
        string assessmentId,
        IEnumerable<AssessmentResponse> responses,
        ItemAnalysisOptions? options = null)
    {
        Guard.NotNull(catalog);
        Guard.NotNull(responses);
        options ??= new ItemAnalysisOptions();
        options.Check();
        var assessment = catalog.GetAssessment(assessmentId);
        var scale = catalog.GetResponseScale(assessment.ResponseScale);
        var index = assessment.Items.Select((item, i) => (item.Id, i)).ToDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        var rows = new AnswerMatrix(assessment.Items.Length);
        foreach (var response in responses)
        {
            AnswerMatrix.Key(assessment, scale, index, Guard.NotNull(response), rows.AddRow());
        }

        var scales = assessment.Scales
            .Select(s => ScaleAnalysis.Compute(s, [.. assessment.ItemsOf(s.Id).Select(item => index[item.Id])], assessment, scale, rows, options))
            .ToImmutableArray();
        return new ItemAnalysis(assessment.Id, rows.Rows, scales);
    }
}
