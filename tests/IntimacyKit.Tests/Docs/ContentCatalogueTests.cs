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
        md.Append("> article-derived and not normed. Support resources describe kinds of help; hosts configure real contacts.\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{pack.Title}. Culture `{pack.Culture}`, licence {pack.License}. {pack.Provenance}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{pack.Obstacles.Length} obstacles, {pack.Exercises.Length} exercises, {pack.Assessments.Length} assessments, {pack.SupportResources.Length} kinds of support.\n\n");
        md.Append("## How the content is built\n\n");
        md.Append("- **Obstacles.** Every obstacle the source article names is its own obstacle, including the four forms of mask\n");
        md.Append("  (living behind a mask, a weak sense of self, the work persona, the macho mask), so that each form has its own\n");
        md.Append("  profile scale, its own exercises and its own place in recommendations. They share the category `masks`.\n");
        md.Append("- **Exercises.** Each obstacle has a chain of three: a gentle, private first step (difficulty 1), a steady one\n");
        md.Append("  (2), and a stretching one (3) that usually involves the other person. Follow-ups link them, because trust and\n");
        md.Append("  courage grow a step at a time. Every exercise that involves the other person, or relies on their goodwill,\n");
        md.Append("  lists the safety flags `current-harm` and `possible-harm` as contraindications, so it is never offered to\n");
        md.Append("  someone who may be in danger; the private exercises that remain safe are marked below as having none.\n");
        md.Append("- **Profile.** Four statements per obstacle on a five-point agreement scale, at least one of them reverse-keyed\n");
        md.Append("  in every scale (a quarter or more overall) to balance the habit of agreeing. A scale is the mean of the answered\n");
        md.Append("  items and needs 3 of its 4 answers: one skipped statement is tolerated, two leave too little to go on. Bands\n");
        md.Append("  sit at the neutral point of the scale (low below 2.5, moderate to 3.5, high from 3.5): article-derived, not normed.\n");
        md.Append("  Composites average the scales of each category (scored when at least half are) and of all sixteen (12 needed).\n");
        md.Append("- **Quick check.** One statement per obstacle, scored by category, in about two minutes.\n");
        md.Append("- **Listening check.** Each person rates how they listen and how the other person listens, on the same\n");
        md.Append("  behaviours, so that the gap between the two views can be compared in both directions.\n");
        md.Append("- **Safety screen.** The profile and the quick check include unscored statements about fear, harm and control.\n");
        md.Append("  Agreeing that you feel afraid or controlled, or anything short of disagreeing that the other person has hurt or\n");
        md.Append("  threatened you, raises the urgent flag `current-harm` (support first: emergency services, a domestic-abuse\n");
        md.Append("  service, someone you trust); a neutral answer about fear or control raises the concern flag `possible-harm`.\n");
        md.Append("- **Original words.** The content says the article's ideas in its own words. `CopiedPhrasesTests` fails if any\n");
        md.Append("  8-word phrase in src, samples or docs matches the article; it compares hashes of the article's phrases\n");
        md.Append("  (`tests/IntimacyKit.Tests/Content/Data/article-shingles.sha256.txt`), so the article itself is not stored.\n\n");

        md.Append("## Relationship kinds\n\n| Id | Title | `{target}` becomes |\n|---|---|---|\n");
        foreach (var kind in pack.RelationshipKinds)
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{kind.Id}` | {Cell(kind.Title)} | {Cell(kind.Target)} |\n");
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
        md.Append("| Item | Statement | Scale | Reverse-keyed |\n|---|---|---|---|\n");
        foreach (var item in assessment.Items)
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{item.Id}` | {Cell(item.Text)} | {(item.Scale is null ? "(unscored)" : $"`{item.Scale}`")} | {(item.Reverse ? "yes" : string.Empty)} |\n");
        }

        md.Append("\n| Scale | Measures | Score | Needs | Bands |\n|---|---|---|---|---|\n");
        foreach (var s in assessment.Scales)
        {
            var measures = s.Obstacle is not null ? $"obstacle `{s.Obstacle}`" : $"category `{s.Category}`";
            md.Append(CultureInfo.InvariantCulture, $"| `{s.Id}` | {measures} | {s.Aggregation.ToString().ToLowerInvariant()} of {assessment.ItemsOf(s.Id).Length} items | {s.MinAnswered} answered | {Bands(s.Bands)} |\n");
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
