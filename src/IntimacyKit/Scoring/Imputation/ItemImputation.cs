using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>
/// Item medians or means over a batch of responses, for filling in missing answers as <c>psych::scoreItems</c> does
/// with <c>impute = "median"</c> or <c>"mean"</c>: a batch-level pass (<see cref="Compute"/>, one streaming read with a
/// histogram per item, so memory does not grow with the batch), whose figures then travel with each scoring call under
/// <see cref="Key"/>. The missing-data stage fills the missing answers of every scale whose method is not
/// <see cref="ImputationMethod.None"/> and that has its minimum of real answers (a scale below its minimum stays
/// unscored: imputation never invents a score for someone who did not answer); the result records the imputation, each
/// score how many answers were filled, and its explanation which ones and why. Fully answered responses score the same.
/// </summary>
/// <example>
/// <code>
/// var imputation = ItemImputation.Compute(pipeline.Catalog, "closeness", responses, ImputationPolicy.All(ImputationMethod.Median));
/// var results = pipeline.ScoreBatch(responses, new BatchScoringOptions { Properties = imputation.AsProperties() });
/// </code>
/// </example>
public sealed class ItemImputation
{
    private readonly double[] _fill;

    internal ItemImputation(
        string assessmentId,
        SemanticVersion assessmentVersion,
        ImputationPolicy policy,
        int responses,
        ImmutableArray<ImputedItem> items,
        double[] fill)
    {
        AssessmentId = assessmentId;
        AssessmentVersion = assessmentVersion;
        Policy = policy;
        Responses = responses;
        Items = items;
        _fill = fill;
    }

    /// <summary>The key under which scoring finds the imputation in <see cref="ScoringProperties"/>.</summary>
    public static ScoringPropertyKey<ItemImputation> Key { get; } = new("intimacykit.imputation");

    /// <summary>The assessment.</summary>
    public string AssessmentId { get; }

    /// <summary>Its version.</summary>
    public SemanticVersion AssessmentVersion { get; }

    /// <summary>Which method each scale uses.</summary>
    public ImputationPolicy Policy { get; }

    /// <summary>How many responses the medians and means come from.</summary>
    public int Responses { get; }

    /// <summary>Per scored item, in the assessment's order.</summary>
    public ImmutableArray<ImputedItem> Items { get; }

    /// <summary>Computes the item medians and means over <paramref name="responses"/> (answers outside the scale ignored).</summary>
    /// <param name="catalog">The content with the assessment.</param>
    /// <param name="assessmentId">The assessment.</param>
    /// <param name="responses">The responses that will be scored together; read once.</param>
    /// <param name="policy">Which method each scale uses.</param>
    /// <returns>The imputation.</returns>
    /// <exception cref="ArgumentException">A scale named in the policy is not one of the assessment's.</exception>
    public static ItemImputation Compute(ContentCatalog catalog, string assessmentId, IEnumerable<AssessmentResponse> responses, ImputationPolicy policy)
    {
        Guard.NotNull(catalog);
        Guard.NotNull(responses);
        Guard.NotNull(policy);
        var assessment = catalog.GetAssessment(assessmentId);
        var scale = catalog.GetResponseScale(assessment.ResponseScale);
        if (policy.Scales.Keys.FirstOrDefault(id => !assessment.Scales.Any(s => s.Id == id)) is { } unknown)
        {
            throw new ArgumentException(
                $"The imputation policy names scale '{unknown}', which '{assessment.Id}' does not have; its scales are "
                    + $"{string.Join(", ", assessment.Scales.Select(static s => s.Id))}.",
                nameof(policy));
        }

        var histogram = new ItemHistogram(assessment, scale);
        var count = 0;
        foreach (var response in responses)
        {
            histogram.Add(ResponsePool.Checked(response, assessment, count, nameof(responses)));
            count++;
        }

        var fill = new double[assessment.Items.Length];
        Array.Fill(fill, double.NaN);
        var items = ImmutableArray.CreateBuilder<ImputedItem>();
        for (var i = 0; i < assessment.Items.Length; i++)
        {
            if (assessment.Items[i].Scale is not { } scaleId)
            {
                continue;
            }

            var method = policy.For(scaleId);
            fill[i] = method switch
            {
                ImputationMethod.Median => histogram.Median(i),
                ImputationMethod.Mean => histogram.Mean(i),
                _ => double.NaN,
            };
            items.Add(new ImputedItem(assessment.Items[i].Id, scaleId, method, fill[i], histogram.Answered(i)));
        }

        return new ItemImputation(assessment.Id, assessment.Version, policy, count, items.ToImmutable(), fill);
    }

    /// <summary>Properties that carry this imputation to every scoring call (<see cref="BatchScoringOptions.Properties"/>).</summary>
    /// <param name="properties">Properties to add it to; empty ones when <see langword="null"/>.</param>
    /// <returns>The properties with the imputation under <see cref="Key"/>.</returns>
    public ScoringProperties AsProperties(ScoringProperties? properties = null) => (properties ?? ScoringProperties.Empty).With(Key, this);

    /// <summary>The keyed value a missing answer to the item at <paramref name="itemIndex"/> counts as; NaN for none.</summary>
    internal double FillOf(int itemIndex) => _fill[itemIndex];

    /// <summary>Whether this imputation was computed for the assessment being scored.</summary>
    internal bool AppliesTo(Assessment assessment) => assessment.Id == AssessmentId && assessment.Version == AssessmentVersion;
}
