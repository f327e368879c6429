using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Tests.Support;

/// <summary>
/// Answers from a simple latent model, for checking that a pack's keys hang together before any real piloting: each
/// obstacle is one trait (standard normal) that shares a factor with the other obstacles of its category (loading 0.6),
/// and every statement about it is a noisy reading of it: keyed answer = round(3 + 1.1 trait + noise), noise normal
/// with SD 0.8, clamped to the answer scale, and flipped for reverse-keyed statements. A statement of a category scale
/// reads its own obstacle (<see cref="AssessmentItem.Obstacle"/>); a scale without an obstacle (the listening check) is
/// its own trait. Safety statements are answered at their lowest. Seeded: the same seed gives the same answers.
/// </summary>
internal static class SimulatedAnswers
{
    public const double Loading = 0.6;
    public const double Slope = 1.1;
    public const double NoiseSd = 0.8;

    public static List<AssessmentResponse> For(ContentCatalog catalog, Assessment assessment, int count, int seed)
    {
        var rng = new Random(seed);
        var responseScale = catalog.GetResponseScale(assessment.ResponseScale);
        var middle = (responseScale.Min + responseScale.Max) / 2.0;
        var traitOf = assessment.Items.Select(item => TraitOf(catalog, assessment, item)).ToArray();
        var categoryOf = traitOf.OfType<string>().Distinct().ToDictionary(t => t, t => catalog.TryGetObstacle(t, out var o) ? o.Category : t);
        var responses = new List<AssessmentResponse>(count);
        for (var n = 0; n < count; n++)
        {
            var factors = categoryOf.Values.Distinct().ToDictionary(c => c, _ => Normal(rng));
            var traits = categoryOf.ToDictionary(p => p.Key, p => (Loading * factors[p.Value]) + (Math.Sqrt(1 - (Loading * Loading)) * Normal(rng)));
            var answers = new List<Answer>(assessment.Items.Length);
            for (var i = 0; i < assessment.Items.Length; i++)
            {
                var item = assessment.Items[i];
                if (i < assessment.SafetyItemCount || item.Scale is null)
                {
                    answers.Add(new Answer(item.Id, catalog.GetResponseScale(assessment, item).Min));
                    continue;
                }

                var keyed = (int)Math.Clamp(Math.Round(middle + (Slope * traits[traitOf[i]!]) + (NoiseSd * Normal(rng))), responseScale.Min, responseScale.Max);
                answers.Add(new Answer(item.Id, item.Reverse ? responseScale.Min + responseScale.Max - keyed : keyed));
            }

            responses.Add(new AssessmentResponse(assessment.Id, assessment.Version, catalog.RelationshipKinds[n % catalog.RelationshipKinds.Length].Id, answers, DateTimeOffset.UnixEpoch));
        }

        return responses;
    }

    private static string? TraitOf(ContentCatalog catalog, Assessment assessment, AssessmentItem item)
    {
        if (item.Scale is null)
        {
            return null;
        }

        var scale = assessment.Scales.Single(s => s.Id == item.Scale);
        return item.Obstacle ?? scale.Obstacle ?? scale.Id;
    }

    private static double Normal(Random rng)
        => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
