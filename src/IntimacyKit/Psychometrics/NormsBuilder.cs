using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Scoring;

namespace IntimacyKit.Psychometrics;

/// <summary>
/// Norms from pilot data: per scale, from the responses that answered every one of its items, the sample size, mean
/// and SD of the scale score, its reliability (raw alpha of the same responses), and the percentile rank and T score of
/// every possible score. One streaming pass with integer histograms and cross-products, so a million responses take
/// flat memory. A scale with fewer than <see cref="NormsOptions.MinResponses"/> complete responses (at least 100),
/// no variance, a reliability outside [0, 1) or a single item (no alpha) gets no norms, with the reason in
/// <see cref="NormsPatch.Refused"/>.
/// </summary>
/// <example>
/// <code>
/// var patch = NormsBuilder.Build(catalog, "closeness", responses, new NormsOptions { Sample = "Pilot, 1,200 adults", Date = new(2026, 11, 1) });
/// File.WriteAllText("norms.json", patch.ToJson());
/// var normed = patch.ApplyTo(pack);   // scores now carry z, and progress reports judge reliable change
/// </code>
/// </example>
public static class NormsBuilder
{
    /// <summary>Builds norms for every scale of an assessment.</summary>
    /// <param name="catalog">The content with the assessment.</param>
    /// <param name="assessmentId">The assessment.</param>
    /// <param name="responses">The sample's responses, read once; answers outside the response scale count as missing.</param>
    /// <param name="options">Who the sample is and when it was collected.</param>
    /// <returns>The norms, as a patch for the pack, with the scales refused and why.</returns>
    public static NormsPatch Build(ContentCatalog catalog, string assessmentId, IEnumerable<AssessmentResponse> responses, NormsOptions options)
    {
        Guard.NotNull(catalog);
        Guard.NotNull(responses);
        Guard.NotNull(options).Check();
        var assessment = catalog.GetAssessment(assessmentId);
        var scale = catalog.GetResponseScale(assessment.ResponseScale);
        var index = assessment.Items.Select((item, i) => (item.Id, i)).ToDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        var accumulators = assessment.Scales
            .Select(s => new NormsAccumulator(s, [.. assessment.ItemsOf(s.Id).Select(item => index[item.Id])], scale))
            .ToArray();
        var keyed = new int[assessment.Items.Length];
        long count = 0;
        foreach (var response in responses)
        {
            AnswerMatrix.Key(assessment, scale, index, ResponsePool.Checked(response, assessment, count, nameof(responses)), keyed);
            foreach (var accumulator in accumulators)
            {
                accumulator.Add(keyed);
            }

            count++;
        }

        var built = new List<KeyValuePair<string, Norms>>();
        var refused = new List<RefusedScale>();
        foreach (var accumulator in accumulators)
        {
            var (norms, refusal) = accumulator.Build(options);
            if (norms is not null)
            {
                built.Add(new(accumulator.Scale.Id, norms));
            }
            else
            {
                var (kind, reason) = refusal!.Value;
                refused.Add(new RefusedScale(accumulator.Scale.Id, (int)Math.Min(accumulator.Complete, int.MaxValue), kind, reason));
            }
        }

        return new NormsPatch(assessment.Id, assessment.Version, options.Sample.Trim(), options.Date, count, [.. built], [.. refused]);
    }
}
