using System.Text;
using IntimacyKit.Content;

namespace IntimacyKit.Tests.Support;

/// <summary>
/// Builds random valid packs from a seeded <see cref="Random"/>: every feature of the format appears, with references
/// that resolve, bands that partition the possible range, and text that exercises escaping and Unicode.
/// </summary>
internal static class RandomPacks
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";
    private static readonly string[] Words = ["trust", "mask", "listen", "brave", "here", "now", "\"quoted\"", "back\\slash", "tab\there", "naïve", "Grüße", "日本", "emoji 🙂", "line\nbreak", "<b>", "&amp;"];

    public static ContentPack Generate(Random rng)
    {
        var kinds = Enumerable.Range(0, rng.Next(1, 4))
            .Select(i => new RelationshipKind($"kind-{i}", Text(rng), "the " + Word(rng, safe: true)))
            .ToList();
        var obstacleCount = rng.Next(1, 6);
        var categories = Enumerable.Range(0, rng.Next(1, 3)).Select(i => $"cat-{i}").ToList();
        var obstacles = Enumerable.Range(0, obstacleCount)
            .Select(i => new Obstacle(
                $"obstacle-{i}",
                categories[rng.Next(categories.Count)],
                Text(rng),
                Text(rng),
                Texts(rng, 1, 3),
                Texts(rng, 1, 3),
                Subset(rng, Enumerable.Range(0, obstacleCount).Where(j => j != i).Select(j => $"obstacle-{j}").ToList())))
            .ToList();

        var resources = Enumerable.Range(0, rng.Next(1, 3))
            .Select(i => new SupportResource($"resource-{i}", i == 0 ? "emergency-services" : "therapist", Text(rng, safe: true), Text(rng, safe: true)))
            .ToList();

        var min = rng.Next(-2, 3);
        var max = min + rng.Next(1, 9);
        var responseScale = new ResponseScale("scale-" + (max - min + 1), min, max, Enumerable.Range(min, max - min + 1).Select(_ => Text(rng)));

        var assessments = Enumerable.Range(0, rng.Next(1, 3))
            .Select(i => Assessment(rng, $"assessment-{i}", responseScale, obstacles, resources))
            .ToList();
        var flags = assessments.SelectMany(a => a.SafetyRules).Select(r => r.Flag).Distinct().ToList();

        var exerciseCount = rng.Next(0, 7);
        var exercises = Enumerable.Range(0, exerciseCount)
            .Select(i => new Exercise(
                $"exercise-{i}",
                Text(rng),
                Text(rng),
                Texts(rng, 1, 7),
                NonEmptySubset(rng, obstacles.Select(o => o.Id).ToList()),
                (ExerciseMode)rng.Next(1, 5),
                (Difficulty)rng.Next(1, 4),
                rng.Next(1, 241),
                (ExerciseFrequency)rng.Next(1, 5),
                NonEmptySubset(rng, kinds.Select(k => k.Id).ToList()),
                Subset(rng, flags),
                i + 1 < exerciseCount && rng.Next(2) == 0 ? $"exercise-{rng.Next(i + 1, exerciseCount)}" : null))
            .ToList();

        return new ContentPack(
            "pack-" + rng.Next(1000),
            SemanticVersion.Parse($"{rng.Next(5)}.{rng.Next(20)}.{rng.Next(20)}{(rng.Next(3) == 0 ? "-beta." + rng.Next(9) : string.Empty)}"),
            rng.Next(2) == 0 ? "en" : "en-GB",
            Text(rng),
            "CC-BY-4.0",
            Text(rng),
            kinds,
            obstacles,
            exercises,
            [responseScale],
            assessments,
            resources,
            rng.Next(2) == 0 ? null : new PackNotices(Text(rng), Text(rng), Text(rng), Text(rng)));
    }

    private static Assessment Assessment(Random rng, string id, ResponseScale responseScale, List<Obstacle> obstacles, List<SupportResource> resources)
    {
        var items = new List<AssessmentItem>();
        var scales = new List<Scale>();
        var ranges = new Dictionary<string, (double Low, double High)>();
        for (var s = 0; s < rng.Next(1, 4); s++)
        {
            var scaleId = $"s{s}";
            var itemCount = rng.Next(2, 6);
            for (var k = 0; k < itemCount; k++)
            {
                items.Add(new AssessmentItem($"{scaleId}-i{k}", ItemText(rng), scaleId, rng.Next(3) == 0));
            }

            var aggregation = rng.Next(2) == 0 ? Aggregation.Mean : Aggregation.Sum;
            var (low, high) = aggregation == Aggregation.Mean
                ? (responseScale.Min, responseScale.Max)
                : ((double)responseScale.Min * itemCount, (double)responseScale.Max * itemCount);
            ranges[scaleId] = (low, high);
            var byObstacle = rng.Next(2) == 0;
            scales.Add(new Scale(
                scaleId,
                Text(rng),
                byObstacle ? obstacles[rng.Next(obstacles.Count)].Id : null,
                byObstacle ? null : obstacles[rng.Next(obstacles.Count)].Category,
                aggregation,
                rng.Next(1, itemCount + 1),
                Bands(rng, low, high),
                rng.Next(2) == 0 ? null : new Norms(Math.Round(rng.NextDouble() * 10, 3), 0.1 + rng.NextDouble(), rng.NextDouble() * 0.99, Text(rng)),
                rng.Next(3) == 0 ? Text(rng) : null));
        }

        var composites = new List<Composite>();
        if (rng.Next(2) == 0)
        {
            var components = scales.Where(_ => rng.Next(3) > 0).Select(s => new CompositeComponent(s.Id, rng.Next(4) == 0 ? -0.5 : rng.Next(1, 4))).ToList();
            if (components.Count > 0)
            {
                var total = components.Sum(c => Math.Abs(c.Weight));
                var low = components.Sum(c => c.Weight * (c.Weight > 0 ? ranges[c.Scale].Low : ranges[c.Scale].High)) / total;
                var high = components.Sum(c => c.Weight * (c.Weight > 0 ? ranges[c.Scale].High : ranges[c.Scale].Low)) / total;
                composites.Add(new Composite("overall", Text(rng), components, rng.Next(1, components.Count + 1), rng.Next(2) == 0 ? Bands(rng, low, high) : []));
            }
        }

        var rules = new List<SafetyRule>();
        var safetyItems = new List<AssessmentItem>();
        for (var r = 0; r < rng.Next(0, 3); r++)
        {
            safetyItems.Add(new AssessmentItem($"safety-{r}", ItemText(rng), null));
            rules.Add(new SafetyRule(
                $"rule-{r}",
                $"safety-{r}",
                rng.Next(responseScale.Min, responseScale.Max + 1),
                r == 0 ? "current-harm" : "worry",
                (SafetySeverity)rng.Next(1, 3),
                NonEmptySubset(rng, resources.Select(x => x.Id).ToList()),
                (UnansweredSafetyItem)rng.Next(1, 4),
                (SafetyRisk)rng.Next(1, 4),
                rng.Next(3) == 0 ? Text(rng) : null,
                rng.Next(3) == 0 ? NonEmptySubset(rng, resources.Select(x => x.Id).ToList()) : null));
        }

        var pairs = new List<DyadicPair>();
        if (rng.Next(2) == 0)
        {
            items.Add(new AssessmentItem("self", ItemText(rng), null));
            items.Add(new AssessmentItem("other", ItemText(rng), null));
            pairs.Add(new DyadicPair("gap", Text(rng), "self", "other"));
        }

        // Safety statements come first, after their preface.
        return new Assessment(id, SemanticVersion.Parse($"1.{rng.Next(5)}.0"), Text(rng), Text(rng), responseScale.Id, [.. safetyItems, .. Shuffle(rng, items)], scales, composites, rules, pairs, rules.Count > 0 ? Text(rng) : null);
    }

    private static List<Band> Bands(Random rng, double low, double high)
    {
        var count = rng.Next(0, 4);
        if (count == 0)
        {
            return [];
        }

        var cuts = Enumerable.Range(0, count + 1).Select(i => i == 0 ? low : i == count ? high : Math.Round(low + ((high - low) * i / count), 4)).ToList();
        return Enumerable.Range(0, count).Select(i => new Band($"band-{i}", Text(rng), cuts[i], cuts[i + 1], "random, not normed")).ToList();
    }

    private static string ItemText(Random rng) => rng.Next(3) switch
    {
        0 => Text(rng),
        1 => Text(rng) + " {target} " + Text(rng),
        _ => "{Target} " + Text(rng),
    };

    private static string Text(Random rng, bool safe = false)
    {
        var text = new StringBuilder();
        for (var i = 0; i < rng.Next(1, 5); i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Word(rng, safe));
        }

        return text.ToString();
    }

    private static string Word(Random rng, bool safe)
    {
        if (safe || rng.Next(3) > 0)
        {
            return new string(Enumerable.Range(0, rng.Next(1, 9)).Select(_ => Letters[rng.Next(Letters.Length)]).ToArray());
        }

        return Words[rng.Next(Words.Length)];
    }

    private static List<string> Texts(Random rng, int min, int max) => Enumerable.Range(0, rng.Next(min, max + 1)).Select(_ => Text(rng)).ToList();

    private static List<string> Subset(Random rng, List<string> values) => values.Where(_ => rng.Next(2) == 0).ToList();

    private static List<string> NonEmptySubset(Random rng, List<string> values)
    {
        var subset = Subset(rng, values);
        return subset.Count > 0 ? subset : [values[rng.Next(values.Count)]];
    }

    private static List<T> Shuffle<T>(Random rng, List<T> values)
    {
        var copy = values.ToList();
        rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(copy));
        return copy;
    }
}
