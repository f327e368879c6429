using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Recommendations;

namespace IntimacyKit.Tests.Support;

/// <summary>Small packs built in code for hand-computed scoring vectors.</summary>
internal static class ScoringPacks
{
    public const string AssessmentId = "vectors";

    /// <summary>
    /// Two scales: s1 (a1..a4, a2 reverse-keyed) and s2 (b1..b4, b4 reverse-keyed), a composite "net" = s1 x w1 + s2 x w2,
    /// a safety item "danger" (urgent at max, concern at max - 1), bands low [min, mid) and high [mid, top]; in
    /// <paramref name="culture"/> as its own language (a source pack, so its results show bands and norms).
    /// </summary>
    public static ContentPack Create(
        int min = 1,
        int max = 5,
        Aggregation aggregation = Aggregation.Mean,
        int minAnswered = 3,
        double weight1 = 1,
        double weight2 = 1,
        int minScales = 2,
        Norms? norms = null,
        string culture = "en")
    {
        var mid = (min + max) / 2.0;
        var items = new List<AssessmentItem> { new("danger", "I am afraid of {target}.", null) };
        foreach (var (prefix, scale, reversed) in new[] { ("a", "s1", 2), ("b", "s2", 4) })
        {
            for (var k = 1; k <= 4; k++)
            {
                items.Add(new AssessmentItem($"{prefix}{k}", $"Statement {prefix}{k} about {{target}}.", scale, k == reversed));
            }
        }

        double Top(int count) => aggregation == Aggregation.Sum ? max * count : max;
        double Bottom(int count) => aggregation == Aggregation.Sum ? min * count : min;
        List<Band> Bands(double low, double high, double cut) =>
            [new Band("low", "Low", low, cut, "test cut-offs"), new Band("high", "High", cut, high, "test cut-offs")];
        var scaleMid = aggregation == Aggregation.Sum ? mid * 4 : mid;
        var scales = new[]
        {
            new Scale("s1", "Scale one", "o1", null, aggregation, minAnswered, Bands(Bottom(4), Top(4), scaleMid), norms),
            new Scale("s2", "Scale two", "o2", null, aggregation, minAnswered, Bands(Bottom(4), Top(4), scaleMid)),
        };
        var composite = new Composite("net", "Net", [new CompositeComponent("s1", weight1), new CompositeComponent("s2", weight2)], minScales);
        var rules = new[]
        {
            new SafetyRule("danger-urgent", "danger", max, "current-harm", SafetySeverity.Urgent, ["emergency", "counsellor"]),
            new SafetyRule("danger-concern", "danger", max - 1, "possible-harm", SafetySeverity.Concern, ["counsellor"]),
        };
        var assessment = new Assessment(AssessmentId, SemanticVersion.Parse("1.0.0"), "Vectors", "Answer each.", "answers", items, scales, [composite], rules, safetyPreface: "A safety question first; you may skip it.");
        return new ContentPack(
            "vectors-pack", SemanticVersion.Parse("1.0.0"), culture, "Vectors", "MIT", "Tests",
            [new RelationshipKind("romantic", "Partner", "your partner")],
            [new Obstacle("o1", "c", "One", "First.", ["Sign."], ["Origin."]), new Obstacle("o2", "c", "Two", "Second.", ["Sign."], ["Origin."])],
            [],
            [new ResponseScale("answers", min, max, Enumerable.Range(min, max - min + 1).Select(v => $"Point {v}"))],
            [assessment],
            [new SupportResource("emergency", "emergency-services", "Emergency services", "Call your local emergency number."), new SupportResource("counsellor", "therapist", "A counsellor", "Talk it through with a professional.")]);
    }

    public static ScoringPipeline Pipeline(ContentPack pack, ScoringOptions? options = null, IRecommender? recommender = null)
    {
        var builder = new ScoringPipelineBuilder().AddDefaultStages(options);
        return (recommender is null ? builder : builder.AddRecommendations(recommender)).Build(new ContentCatalog(pack));
    }

    /// <summary>A response with the given answers (null = skipped); items not listed are missing.</summary>
    public static AssessmentResponse Response(params (string Item, int? Value)[] answers)
        => new(AssessmentId, SemanticVersion.Parse("1.0.0"), "romantic", answers.Select(a => new Answer(a.Item, a.Value)), DateTimeOffset.UnixEpoch);
}
