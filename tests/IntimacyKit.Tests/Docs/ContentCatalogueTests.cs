using System.Globalization;
using System.Text;
using IntimacyKit.Content;
using IntimacyKit.Tests.Support;

namespace IntimacyKit.Tests.Docs;

/// <summary>
/// docs/content.md is a readable catalogue of the default pack generated from it. The test fails when the file is
/// stale; regenerate with <c>INTIMACYKIT_UPDATE_DOCS=1 dotnet test tests/IntimacyKit.Tests --filter ContentCatalogueTests</c>.
/// </summary>
public class ContentCatalogueTests
{
    private static readonly string DocPath = Repository.PathOf("docs", "content.md");

    [Fact]
    public void ContentCatalogue_DocsContentMd_IsUpToDateWithTheDefaultPack()
    {
        var expected = Render(DefaultContent.Pack);
        if (Environment.GetEnvironmentVariable("INTIMACYKIT_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocPath, expected);
        }

        File.ReadAllText(DocPath).ReplaceLineEndings("\n").Should().Be(expected, "docs/content.md is generated from the pack; regenerate it with INTIMACYKIT_UPDATE_DOCS=1");
    }

    [Fact]
    public void ContentCatalogue_Render_ListsEveryObstacleExerciseAndItem()
    {
        var markdown = Render(DefaultContent.Pack);

        DefaultContent.Pack.Obstacles.Should().OnlyContain(o => markdown.Contains($"#### {o.Title}", StringComparison.Ordinal));
        DefaultContent.Pack.Exercises.Should().OnlyContain(e => markdown.Contains($"`{e.Id}`", StringComparison.Ordinal));
        DefaultContent.Pack.Assessments.SelectMany(a => a.Items).Should().OnlyContain(i => markdown.Contains(Cell(i.Text), StringComparison.Ordinal));
    }

    internal static string Render(ContentPack pack)
    {
        var md = new StringBuilder();
        var catalog = new ContentCatalog(pack);
        md.Append(CultureInfo.InvariantCulture, $"# The default content: `{pack.Id}` {pack.Version}\n\n");
        md.Append("<!-- Generated from src/IntimacyKit/Packs/intimacy-core.json by tests/IntimacyKit.Tests/Docs/ContentCatalogueTests.cs. Do not edit by hand:\n");
        md.Append("     INTIMACYKIT_UPDATE_DOCS=1 dotnet test tests/IntimacyKit.Tests --filter ContentCatalogueTests -->\n\n");
        md.Append("> IntimacyKit is a reflection and growth tool, not a clinical or diagnostic instrument. The bands below are\n");
        md.Append("> scale-anchored and not normed. Support resources describe kinds of help; hosts configure real contacts.\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{pack.Title}. Culture `{pack.Culture}`, licence {pack.License}. {pack.Provenance}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{pack.Obstacles.Length} obstacles, {pack.Exercises.Length} exercises, {pack.Assessments.Length} assessments, {pack.SupportResources.Length} kinds of support.\n\n");
        md.Append("## How the content is built\n\n");
        md.Append("- **Obstacles.** Every obstacle the source article names is its own obstacle, including the four forms of mask,\n");
        md.Append("  so that each form has its own profile scale, exercises and place in recommendations. Titles name behaviour\n");
        md.Append("  (\"Playing a part\", \"Guarded with them\"); the article's account of causes stays in each summary and origins.\n");
        md.Append("- **Exercises.** Each obstacle has a chain: a gentle, private first step (difficulty 1), a steady one (2) and a\n");
        md.Append("  stretching one (3) that usually involves the other person. Every exercise that involves the other person lists\n");
        md.Append("  the four safety flags as contraindications, so it is never offered to someone who may be in danger. Anything\n");
        md.Append("  physical or revealing asks first and stops when either person wants to; private notes stay private. Exercises\n");
        md.Append("  in which a parent would confide adult hurts in a child, or look to a child for reassurance, are not offered\n");
        md.Append("  for `parent-child`.\n");
        md.Append("- **Profile.** Four first-person statements per obstacle on a five-point agreement scale, two of them\n");
        md.Append("  reverse-keyed, so that agreeing (or disagreeing) with everything lands in the middle. Statements that presuppose\n");
        md.Append("  a job or a past relationship offer \"Does not apply\", which counts as not answered. A scale is the mean of the\n");
        md.Append("  answered statements and needs 3 of 4. Bands are scale-anchored, not normed (see each band's provenance).\n");
        md.Append("- **Quick check.** One statement per obstacle (each names its obstacle), scored by category, with both keys in\n");
        md.Append("  every category. The obstacles whose statements stand out within a category that stands out lead to one to\n");
        md.Append("  three gentle exercises, and the full profile is one step away.\n");
        md.Append("- **Listening check.** Each person rates how they listen and how the other person listens, on the same\n");
        md.Append("  behaviours. High means more gaps on both scales; the other person's listening is a perception, used for the\n");
        md.Append("  comparison and never for the respondent's own exercises.\n");
        md.Append("- **Safety screen.** Every assessment opens with its safety statements, after a short preface, asked by how often\n");
        md.Append("  or yes/no. A skipped safety statement raises a concern; see [safety](safety.md).\n");
        md.Append("- **Original words.** The content says the article's ideas in its own words. `CopiedPhrasesTests` fails if any\n");
        md.Append("  8-word phrase in src, samples or docs matches the article; it compares hashes of the article's phrases\n");
        md.Append("  (`tests/IntimacyKit.Tests/Content/Data/article-shingles.sha256.txt`), so the article itself is not stored.\n\n");
        RenderExamples(md, pack, catalog);
        RenderSimulation(md, pack, catalog);

        md.Append("## Relationship kinds\n\n| Id | Title | `{target}` becomes | `{target's}` becomes | Note |\n|---|---|---|---|---|\n");
        foreach (var kind in pack.RelationshipKinds)
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{kind.Id}` | {Cell(kind.Title)} | {Cell(kind.Target)} | {Cell(kind.Possessive)} | {Cell(kind.Note ?? string.Empty)} |\n");
        }

        md.Append("\n## Obstacles\n");
        foreach (var category in pack.Obstacles.Select(o => o.Category).Distinct())
        {
            md.Append(CultureInfo.InvariantCulture, $"\n### Category `{category}`\n");
            foreach (var obstacle in pack.Obstacles.Where(o => o.Category == category))
            {
                md.Append(CultureInfo.InvariantCulture, $"\n#### {obstacle.Title}\n\n`{obstacle.Id}`. {obstacle.Summary}\n\n");
                md.Append("Signs in daily life:\n\n");
                foreach (var sign in obstacle.Signs)
                {
                    md.Append(CultureInfo.InvariantCulture, $"- {sign}\n");
                }

                md.Append("\nWhere it comes from:\n\n");
                foreach (var origin in obstacle.Origins)
                {
                    md.Append(CultureInfo.InvariantCulture, $"- {origin}\n");
                }

                md.Append(CultureInfo.InvariantCulture, $"\nRelated: {string.Join(", ", obstacle.Related.Select(r => catalog.GetObstacle(r).Title))}.\n\n");
                md.Append("Exercises:\n\n");
                foreach (var exercise in pack.Exercises.Where(e => e.Targets.Contains(obstacle.Id)).OrderBy(e => e.Difficulty))
                {
                    RenderExercise(md, exercise, pack);
                }
            }
        }

        foreach (var assessment in pack.Assessments)
        {
            RenderAssessment(md, assessment, catalog);
        }

        md.Append("\n## Support resources\n\n| Id | Kind | Title | Description |\n|---|---|---|---|\n");
        foreach (var resource in pack.SupportResources)
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{resource.Id}` | `{resource.Kind}` | {Cell(resource.Title)} | {Cell(resource.Description)} |\n");
        }

        return md.ToString();
    }

    private static void RenderExercise(StringBuilder md, Exercise exercise, ContentPack pack)
    {
        var kinds = exercise.RelationshipKinds.Length == pack.RelationshipKinds.Length ? "all relationship kinds" : string.Join(", ", exercise.RelationshipKinds);
        var safety = exercise.Contraindications.IsEmpty ? "safe under every safety flag" : $"withheld under {string.Join(", ", exercise.Contraindications.Select(c => $"`{c}`"))}";
        md.Append(CultureInfo.InvariantCulture, $"- **{exercise.Title}** (`{exercise.Id}`): difficulty {(int)exercise.Difficulty} ({exercise.Difficulty.ToString().ToLowerInvariant()}), {exercise.Mode.ToString().ToLowerInvariant()}, {exercise.Minutes} minutes, {Frequency(exercise.Frequency)}; {kinds}; {safety}");
        md.Append(exercise.FollowUp is null ? ".\n" : $"; then `{exercise.FollowUp}`.\n");
        md.Append(CultureInfo.InvariantCulture, $"  {exercise.Summary}\n");
        for (var i = 0; i < exercise.Steps.Length; i++)
        {
            md.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {exercise.Steps[i]}\n");
        }
    }

    private static void RenderAssessment(StringBuilder md, Assessment assessment, ContentCatalog catalog)
    {
        var scale = catalog.GetResponseScale(assessment.ResponseScale);
        md.Append(CultureInfo.InvariantCulture, $"\n## Assessment: {assessment.Title}\n\n`{assessment.Id}` version {assessment.Version}. {assessment.Instructions}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Answers ({scale.Id}): {string.Join(", ", Enumerable.Range(scale.Min, scale.Max - scale.Min + 1).Select(v => $"{v} {scale.LabelOf(v)}"))}.\n\n");
        if (assessment.SafetyPreface is { } preface)
        {
            md.Append(CultureInfo.InvariantCulture, $"Before the safety statements: {preface}\n\n");
        }

        md.Append("| Item | Statement | Scale | Reverse-keyed | Notes |\n|---|---|---|---|---|\n");
        foreach (var item in assessment.Items)
        {
            var notes = new List<string>();
            if (item.ResponseScale is { } own)
            {
                notes.Add($"answered on `{own}`");
            }

            if (item.Obstacle is { } obstacle)
            {
                notes.Add($"about `{obstacle}`");
            }

            if (item.OffersNotApplicable)
            {
                notes.Add("offers \"Does not apply\"");
            }

            foreach (var (kindId, text) in item.TextByKind.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                notes.Add($"for `{kindId}`: {text}");
            }

            md.Append(CultureInfo.InvariantCulture, $"| `{item.Id}` | {Cell(item.Text)} | {(item.Scale is null ? "(safety, unscored)" : $"`{item.Scale}`")} | {(item.Reverse ? "yes" : string.Empty)} | {Cell(string.Join("; ", notes))} |\n");
        }

        md.Append("\n| Scale | Title | Measures | Score | Needs | Bands |\n|---|---|---|---|---|---|\n");
        foreach (var s in assessment.Scales)
        {
            var measures = (s.Obstacle is not null ? $"obstacle `{s.Obstacle}`" : $"category `{s.Category}`")
                + (s.IsProtective ? "; protective while harm may stand" : string.Empty)
                + (s.AboutOther ? "; the other person, as I see them" : string.Empty);
            md.Append(CultureInfo.InvariantCulture, $"| `{s.Id}` | {Cell(s.Title)} | {measures} | {s.Aggregation.ToString().ToLowerInvariant()} of {assessment.ItemsOf(s.Id).Length} items | {s.MinAnswered} answered | {Bands(s.Bands)} |\n");
        }

        if (!assessment.Composites.IsEmpty)
        {
            md.Append("\n| Composite | Scales | Needs |\n|---|---|---|\n");
            foreach (var c in assessment.Composites)
            {
                md.Append(CultureInfo.InvariantCulture, $"| `{c.Id}` {Cell(c.Title)} | {string.Join(", ", c.Components.Select(x => $"`{x.Scale}`"))} | {c.MinScales} scored |\n");
            }
        }

        if (!assessment.SafetyRules.IsEmpty)
        {
            md.Append("\n| Safety rule | Item | Raised at | Flag | Severity | Support, in order |\n|---|---|---|---|---|---|\n");
            foreach (var r in assessment.SafetyRules)
            {
                md.Append(CultureInfo.InvariantCulture, $"| `{r.Id}` | `{r.Item}` | {r.AtLeast} or more | `{r.Flag}` | {r.Severity.ToString().ToLowerInvariant()} | {string.Join(", ", r.Resources.Select(x => $"`{x}`"))} |\n");
            }
        }

        if (!assessment.DyadicPairs.IsEmpty)
        {
            md.Append("\n| Behaviour | Self rating | Other rating |\n|---|---|---|\n");
            foreach (var p in assessment.DyadicPairs)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(p.Title)} | `{p.SelfItem}` | `{p.OtherItem}` |\n");
            }
        }
    }

    /// <summary>A few statements as each relationship kind reads them, per-kind wording included.</summary>
    private static void RenderExamples(StringBuilder md, ContentPack pack, ContentCatalog catalog)
    {
        md.Append("## Statements as people read them\n\n");
        md.Append("Statements are first person and name the other person by the relationship kind's phrase. Where a statement\n");
        md.Append("would not fit a relationship (a parent and a young child, say), the pack gives that kind its own wording.\n\n");
        var items = pack.Assessments.SelectMany(a => a.Items).Where(i => i.Scale != null).ToList();
        var examples = items.Where(i => i.TextByKind.Count > 0).Take(3)
            .Concat(items.Where(i => i.Text.Contains("{target's}", StringComparison.Ordinal) && i.TextByKind.Count == 0).Take(1))
            .Concat(items.Where(i => i.OffersNotApplicable).Take(1))
            .Concat(items.Where(i => i.Text.StartsWith("{Target}", StringComparison.Ordinal)).Take(1));
        foreach (var item in examples)
        {
            md.Append(CultureInfo.InvariantCulture, $"`{item.Id}`{(item.OffersNotApplicable ? " (offers \"Does not apply\")" : string.Empty)}:\n\n");
            foreach (var kind in pack.RelationshipKinds)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {kind.Title}: {catalog.RenderItemText(item, kind.Id)}\n");
            }

            md.Append('\n');
        }
    }

    /// <summary>Item analysis of answers simulated from a latent model (<see cref="SimulatedAnswers"/>), per assessment.</summary>
    private static void RenderSimulation(StringBuilder md, ContentPack pack, ContentCatalog catalog)
    {
        md.Append("## Do the keys hang together? Simulated answers\n\n");
        md.Append("Before any real piloting, 2,000 answer sets per assessment were simulated from a simple latent model\n");
        md.Append(CultureInfo.InvariantCulture, $"(`tests/IntimacyKit.Tests/Support/SimulatedAnswers.cs`, seed 12): one trait per obstacle, sharing a factor with the other\n");
        md.Append(CultureInfo.InvariantCulture, $"obstacles of its category (loading {SimulatedAnswers.Loading}), each statement a noisy reading of its trait (slope {SimulatedAnswers.Slope}, noise SD {SimulatedAnswers.NoiseSd}),\n");
        md.Append("flipped for reverse-keyed statements. `ItemAnalysis` then checks that every statement, reverse-keyed ones\n");
        md.Append("included, correlates positively with the rest of its scale once keyed (r.drop). This only shows that the keys\n");
        md.Append("are consistent with what each statement is meant to measure. **It is not evidence that the statements work with\n");
        md.Append("real people: real piloting, with norms and a check of reliability and validity, is still needed.**\n\n");
        md.Append("| Assessment | Scale | Alpha | Lowest r.drop (item) | Lowest r.drop of a reverse-keyed item |\n|---|---|---|---|---|\n");
        foreach (var assessment in pack.Assessments)
        {
            var analysis = global::IntimacyKit.Psychometrics.ItemAnalysis.Analyze(catalog, assessment.Id, SimulatedAnswers.For(catalog, assessment, 2000, seed: 12));
            foreach (var scale in analysis.Scales)
            {
                var lowest = scale.Items.MinBy(i => i.RDrop)!;
                var reversed = scale.Items.Where(i => assessment.TryGetItem(i.ItemId, out var item) && item.Reverse).MinBy(i => i.RDrop);
                md.Append(CultureInfo.InvariantCulture, $"| `{assessment.Id}` | `{scale.ScaleId}` | {scale.RawAlpha:0.00} | {lowest.RDrop:0.00} (`{lowest.ItemId}`) | {(reversed is null ? "none reversed" : $"{reversed.RDrop:0.00} (`{reversed.ItemId}`)")} |\n");
            }
        }

        md.Append('\n');
    }

    private static string Bands(IEnumerable<Band> bands)
        => string.Join(", ", bands.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Label} {b.From:0.##} to {b.To:0.##}")));

    private static string Frequency(ExerciseFrequency frequency) => frequency switch
    {
        ExerciseFrequency.Once => "once",
        ExerciseFrequency.Daily => "daily",
        ExerciseFrequency.SeveralTimesAWeek => "several times a week",
        _ => "weekly",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
