using System.Text.RegularExpressions;
using IntimacyKit.Content;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Tests.Localization;

/// <summary>
/// Translations as the ITC guidelines ask: whole instruments in one language, refused when not whole, with their
/// provenance; scores the same in every language; bands only where a validated translation carries its own norms.
/// </summary>
public partial class TranslationTests
{
    private static readonly TranslationPack German = DefaultContent.Translations.Single();

    private static TranslationPack With(TranslationPack translation, Action<Dictionary<string, string>> change, SemanticVersion? version = null)
    {
        var strings = translation.Strings.ToDictionary(StringComparer.Ordinal);
        change(strings);
        return new TranslationPack(
            translation.SourceId, version ?? translation.SourceVersion, translation.Culture, translation.Provenance, strings, translation.Norms, translation.Address);
    }

    [Fact]
    public void TheGermanTranslation_IsWhole_AndADraftWithItsProvenance()
    {
        ContentTranslation.Validate(DefaultContent.Pack, German).Should().BeEmpty();
        German.Culture.Should().Be("de");
        German.Address.Should().Be(FormOfAddress.Informal);
        German.Provenance.Status.Should().Be(TranslationStatus.Draft);
        German.Provenance.Steps.Should().Equal(TranslationStep.ForwardTranslation, TranslationStep.Review);
        German.Provenance.Contributors.Should().NotBeEmpty();
        German.Provenance.Notes.Should().Contain("No human translator or reviewer has checked it yet", "the provenance says honestly how it was made");
        German.ShowsBands.Should().BeFalse("a draft without norms of its own shows no bands");
        German.Strings.Keys.Should().BeEquivalentTo(
            ContentTranslation.Strings(DefaultContent.Pack).Select(static s => s.Key)
                .Concat(DefaultContent.Pack.RelationshipKinds.SelectMany(static k => new[] { "acc", "dat", "gen" }.Select(c => $"relationshipKinds.{k.Id}.forms.{c}"))));
    }

    [Fact]
    public void ATranslationMissingOneString_IsRefused_WithItsPath()
    {
        var broken = With(German, static s => s.Remove("obstacles.selfishness.signs[1]"));

        var problems = ContentTranslation.Validate(DefaultContent.Pack, broken);
        var applied = ContentTranslation.Apply(DefaultContent.Pack, broken);

        problems.Should().ContainSingle().Which.Path.Should().Be("$.strings['obstacles.selfishness.signs[1]']");
        applied.Succeeded.Should().BeFalse();
        applied.Problems.Should().ContainSingle(static p => p.Code == ContentProblemCodes.MissingProperty);
        FluentActions.Invoking(() => DefaultContent.Catalog.WithTranslations([broken])).Should().Throw<ContentValidationException>()
            .Which.Problems.Should().ContainSingle(static p => p.Path == "$.strings['obstacles.selfishness.signs[1]']");
    }

    [Fact]
    public void ATranslationWithAnExtraOrEmptyString_IsRefused_WithItsPath()
    {
        var extra = With(German, static s => s["exercises.their-week.steps[99]"] = "Noch ein Schritt.");
        var empty = With(German, static s => s["title"] = " ");
        var unknownCase = With(German, static s => s["relationshipKinds.romantic.forms.voc"] = "mein Schatz");

        ContentTranslation.Validate(DefaultContent.Pack, extra).Should().ContainSingle()
            .Which.Should().Match<ContentProblem>(static p => p.Path == "$.strings['exercises.their-week.steps[99]']" && p.Code == ContentProblemCodes.UnknownProperty);
        ContentTranslation.Validate(DefaultContent.Pack, empty).Should().ContainSingle(static p => p.Code == ContentProblemCodes.EmptyText);
        ContentTranslation.Validate(DefaultContent.Pack, unknownCase).Should().ContainSingle(static p => p.Path == "$.strings['relationshipKinds.romantic.forms.voc']");
    }

    [Fact]
    public void ATranslationOfAnotherSourceVersion_IsRefused()
    {
        var old = With(German, static _ => { }, SemanticVersion.Parse("1.9.0"));

        ContentTranslation.Validate(DefaultContent.Pack, old).Should().ContainSingle()
            .Which.Should().Match<ContentProblem>(static p => p.Path == "$.translationOf" && p.Message.Contains("1.9.0") && p.Message.Contains("2.0.0"));
    }

    [Fact]
    public void ATextUsingACaseFormAKindDoesNotGive_IsReportedAtThatKind()
    {
        var broken = With(German, static s => s.Remove("relationshipKinds.sibling.forms.dat"));

        var applied = ContentTranslation.Apply(DefaultContent.Pack, broken);

        applied.Problems.Should().ContainSingle(static p => p.Path == "$.relationshipKinds[1].forms.dat" && p.Message.Contains("'sibling'"));
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("DE-at", "de")]
    [InlineData("de-Latn-AT", "de")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("fr-CA", "en")]
    public void ACulture_ResolvesByTruncation_PerInstrument(string requested, string answeredIn)
    {
        var catalog = DefaultContent.TranslatedCatalog.ForCulture(requested);

        catalog.PackFor(DefaultContent.ProfileAssessmentId).Culture.Should().Be(answeredIn);
        catalog.Packs.Should().ContainSingle("a pack is whole in one language, never mixed item by item");
        DefaultContent.TranslatedCatalog.Cultures.Should().Equal("en", "de");
    }

    [Fact]
    public void TheLookupChain_DropsOneSubtagAtATime_AndBadTagsAreRefused()
    {
        CultureName.Fallbacks("de-Latn-AT").Should().Equal("de-Latn-AT", "de-Latn", "de");
        CultureName.Fallbacks("de").Should().Equal("de");
        FluentActions.Invoking(static () => DefaultContent.TranslatedCatalog.ForCulture("german please")).Should().Throw<ArgumentException>()
            .WithMessage("*not a BCP 47 language tag*");
    }

    [Fact]
    public void TheSameAnswers_ScoreTheSameInBothLanguages_AndTheDraftHidesItsBands()
    {
        var english = new ScoringPipelineBuilder().AddDefaultStages().AddRecommendations(new DefaultRecommender()).Build(DefaultContent.Catalog);
        var germanCatalog = DefaultContent.TranslatedCatalog.ForCulture("de");
        var german = new ScoringPipelineBuilder().AddDefaultStages().AddRecommendations(new DefaultRecommender()).Build(germanCatalog);
        var random = new Random(20);
        var shownBands = 0;
        foreach (var assessment in DefaultContent.Catalog.Assessments)
        {
            for (var set = 0; set < 300; set++)
            {
                var builder = AssessmentResponse.For(assessment, DefaultContent.Catalog.RelationshipKinds[set % 5].Id);
                foreach (var item in assessment.Items)
                {
                    var scale = DefaultContent.Catalog.GetResponseScale(assessment, item);
                    if (random.NextDouble() > 0.05)
                    {
                        builder.Answer(item.Id, random.Next(scale.Min, scale.Max + 1));
                    }
                }

                var response = builder.Build(TimeProvider.System);
                var (en, de) = (english.Score(response), german.Score(response));

                de.Culture.Should().Be("de");
                en.Culture.Should().Be("en");
                de.ShowsBands.Should().BeFalse();
                de.Scales.Select(static s => s.Value).Should().Equal(en.Scales.Select(static s => s.Value), "scores never depend on the language");
                de.Composites.Select(static s => s.Value).Should().Equal(en.Composites.Select(static s => s.Value));
                de.SafetyFlags.Select(static f => f.Flag).Should().Equal(en.SafetyFlags.Select(static f => f.Flag));
                de.Recommendations.Select(static r => r.Exercise.Id).Should().Equal(en.Recommendations.Select(static r => r.Exercise.Id));
                de.Scales.Should().OnlyContain(static s => s.Band == null && s.Bands.IsEmpty);
                shownBands += en.Scales.Count(static s => s.Band != null);
                var json = JObject.Parse(AssessmentResultSerializer.ToJson(de));
                json["culture"]!.Value<string>().Should().Be("de");
                json["showsBands"]!.Value<bool>().Should().BeFalse();
                json.SelectTokens("$..band").Where(static t => t.Type != JTokenType.Null).Should().BeEmpty("no band anywhere: scales, composites, the reasons for exercises");
                json.SelectTokens("$..bands").Should().BeEmpty();
                json.SelectTokens("$..norms").Should().BeEmpty();
                json.SelectTokens("$..z").Should().BeEmpty();
                de.Scales.Where(static s => s.IsScored).Should().OnlyContain(static s => s.Explain().Band == null);
            }
        }

        shownBands.Should().BeGreaterThan(0, "the English results do show their bands");
    }

    [Fact]
    public void AGermanResult_SaysWhyInGerman_WithoutABand()
    {
        var catalog = DefaultContent.TranslatedCatalog.ForCulture("de-AT");
        var pipeline = new ScoringPipelineBuilder().AddDefaultStages().AddRecommendations(new DefaultRecommender()).Build(catalog);
        var profile = catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
        var builder = AssessmentResponse.For(profile, "romantic");
        foreach (var item in profile.Items)
        {
            var scale = catalog.GetResponseScale(profile, item);
            builder.Answer(item.Id, item.Id.StartsWith("safety-", StringComparison.Ordinal) ? scale.Min : item.Reverse ? scale.Min + 1 : scale.Max - 1);
        }

        var result = pipeline.Score(builder.Build(TimeProvider.System));

        result.Disclaimer.Should().Contain("keine Diagnose");
        result.AssessmentTitle.Should().NotBe(DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId).Title);
        result.Recommendations.Should().NotBeEmpty();
        result.Recommendations[0].Explanation.Should().StartWith("Vorgeschlagen wegen „").And.NotContain("Trifft").And.NotContain("Suggested");
    }

    [Fact]
    public void EveryGermanStatement_RendersForEveryKind_WithTheCaseFormsItNeeds()
    {
        var catalog = DefaultContent.TranslatedCatalog.ForCulture("de");
        var usedDative = false;
        foreach (var assessment in catalog.Assessments)
        {
            foreach (var item in assessment.Items)
            {
                foreach (var kind in catalog.RelationshipKinds)
                {
                    var text = catalog.RenderItemText(item, kind.Id);
                    text.Should().NotContainAny("{", "}", "  ");
                    char.IsUpper(text[0]).Should().BeTrue(text);
                    EnglishWords().IsMatch(text).Should().BeFalse($"'{text}' ({item.Id}, {kind.Id}) is German throughout");
                    usedDative |= kind.Id == "romantic" && text.Contains("meinem Partner / meiner Partnerin", StringComparison.Ordinal);
                }
            }
        }

        usedDative.Should().BeTrue("statements name the partner in the dative where German needs it");
        catalog.GetRelationshipKind("sibling").TargetIn("acc").Should().Be("meinen Bruder / meine Schwester");
    }

    [Fact]
    public void ItemText_FillsCaseForms_AndLeavesAFormAKindDoesNotGive()
    {
        var kind = new RelationshipKind(
            "romantic", "Partnerin oder Partner", "mein Partner / meine Partnerin", null, null, new Dictionary<string, string> { ["dat"] = "meinem Partner / meiner Partnerin" });

        ItemText.Render("Ich vertraue {target:dat}. {Target} hört zu.", kind).Should().Be("Ich vertraue meinem Partner / meiner Partnerin. Mein Partner / meine Partnerin hört zu.");
        ItemText.Render("{Target:dat} {target:gen}", kind).Should().Be("Meinem Partner / meiner Partnerin {target:gen}");
        ItemText.IsKnownPlaceholder("target:voc").Should().BeFalse();
    }

    [Fact]
    public void TranslationFiles_ProblemsComeWithTheirPaths()
    {
        var json = JObject.Parse(ReadGermanJson());
        json["provenance"]!["status"] = "finished";
        json["provenance"]!["steps"]![0] = "proofreading";
        json["provenance"]!["date"] = "30.11.2026";
        json.Remove("translationOf");

        var read = TranslationPackReader.ReadJson(json.ToString(), "de.json");

        read.Succeeded.Should().BeFalse();
        read.Problems.Select(static p => p.Path).Should().Contain(["$.provenance.status", "$.provenance.steps[0]", "$.provenance.date", "$.translationOf"]);
        read.Problems.Should().OnlyContain(static p => p.Source == "de.json");
    }

    [Fact]
    public void ValidatedTranslationsWithTheirOwnNorms_ShowBands_AndTheSourceNormsAreNotCarriedOver()
    {
        var scale = DefaultContent.Catalog.GetAssessment(DefaultContent.ProfileAssessmentId).Scales[0].Id;
        var provenance = new TranslationProvenance(
            TranslationStatus.Validated, Enum.GetValues<TranslationStep>(), [new TranslationContributor("reviewer")], new DateOnly(2026, 11, 30), "CC-BY-4.0");
        var validated = new TranslationPack(
            German.SourceId,
            German.SourceVersion,
            "de-AT",
            provenance,
            German.Strings,
            new Dictionary<string, Norms> { [$"intimacy-profile/{scale}"] = new(2.6, 0.7, 0.8, "Pilot, 2026") });

        var catalog = DefaultContent.Catalog.WithTranslations([German, validated]);

        validated.ShowsBands.Should().BeTrue();
        catalog.ForCulture("de-AT").PackFor(DefaultContent.ProfileAssessmentId).ShowsBands.Should().BeTrue();
        catalog.ForCulture("de-AT").GetAssessment(DefaultContent.ProfileAssessmentId).Scales.Single(s => s.Id == scale).Norms!.Source.Should().Be("Pilot, 2026");
        catalog.ForCulture("de-CH").PackFor(DefaultContent.ProfileAssessmentId).ShowsBands.Should().BeFalse("de-CH falls back to the draft de");
    }

    [Fact]
    public void DependencyInjection_GivesAPipelinePerCulture()
    {
        using var provider = new ServiceCollection().AddIntimacyKit(static kit => kit.AddDefaultTranslations()).Services.BuildServiceProvider();
        var content = provider.GetRequiredService<LocalizedContent>();

        content.Cultures.Should().Equal("en", "de");
        content.Pipeline("de-AT").Should().BeSameAs(content.Pipeline("de"));
        content.Catalog("de-DE").GetAssessment(DefaultContent.QuickCheckAssessmentId).Title.Should()
            .NotBe(provider.GetRequiredService<ContentCatalog>().GetAssessment(DefaultContent.QuickCheckAssessmentId).Title);
        content.Pipeline("en-US").Should().NotBeSameAs(content.Pipeline("de"));
    }

    [Fact]
    public async Task TheGermanTranslationFile_MatchesTheTranslationSchema()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(File.ReadAllText(Support.Repository.PathOf("docs", "schema", "translation.schema.json")));

        schema.Validate(ReadGermanJson()).Should().BeEmpty();
        schema.Validate(ReadGermanJson().Replace("\"draft\"", "\"done\"", StringComparison.Ordinal)).Should().NotBeEmpty();
    }

    [Fact]
    public void AStatusNeedsItsSteps_AndNormsNeedAValidatedTranslation()
    {
        TranslationPack WithProvenance(TranslationStatus status, TranslationStep[] steps, bool norms) => new(
            German.SourceId,
            German.SourceVersion,
            "de-CH",
            new TranslationProvenance(status, steps, [new TranslationContributor("reviewer")], new DateOnly(2026, 11, 30), "CC-BY-4.0"),
            German.Strings,
            norms ? new Dictionary<string, Norms> { ["intimacy-profile/" + DefaultContent.Catalog.GetAssessment("intimacy-profile").Scales[0].Id] = new(3, 1, 0.8, "Pilot") } : null);

        var validatedProblems = ContentTranslation.Validate(DefaultContent.Pack, WithProvenance(TranslationStatus.Validated, [TranslationStep.ForwardTranslation], norms: true));
        validatedProblems.Should().ContainSingle(static p => p.Path == "$.provenance.steps" && p.Message.Contains("BackTranslation"));
        ContentTranslation.Validate(DefaultContent.Pack, WithProvenance(TranslationStatus.Reviewed, [TranslationStep.ForwardTranslation], norms: false))
            .Should().ContainSingle(static p => p.Path == "$.provenance.steps" && p.Message.Contains("Reconciliation"));
        ContentTranslation.Validate(DefaultContent.Pack, WithProvenance(TranslationStatus.Draft, [TranslationStep.ForwardTranslation], norms: true))
            .Should().ContainSingle(static p => p.Path == "$.norms", "a draft shows no norms, so it may not carry any");
        ContentTranslation.Validate(DefaultContent.Pack, WithProvenance(TranslationStatus.Draft, [TranslationStep.ForwardTranslation], norms: false)).Should().BeEmpty();
    }

    [Fact]
    public void ATranslatedStatement_NamesTheOtherPersonWhereTheSourceDoes()
    {
        var broken = With(German, static s => s["assessments.intimacy-profile.items.shame-1.text"] = "Tief im Inneren fühle ich mich nichts wert.");

        ContentTranslation.Validate(DefaultContent.Pack, broken).Should().ContainSingle(static p =>
            p.Path == "$.strings['assessments.intimacy-profile.items.shame-1.text']" && p.Code == ContentProblemCodes.Placeholder);
    }

    [Fact]
    public void Translations_AddUp_OncePerPackAndCulture()
    {
        var swiss = new TranslationPack(German.SourceId, German.SourceVersion, "de-CH", German.Provenance, German.Strings, null, German.Address);
        var catalog = DefaultContent.Catalog.WithTranslations([German]).WithTranslations([swiss]);

        catalog.Cultures.Should().Equal("en", "de", "de-CH");
        catalog.ForCulture("de-CH").PackFor(DefaultContent.ProfileAssessmentId).Culture.Should().Be("de-CH");
        catalog.ForCulture("de-AT").PackFor(DefaultContent.ProfileAssessmentId).Culture.Should().Be("de", "the earlier translation is kept");
        catalog.ForCulture("de").Translated.Should().HaveCount(2, "a catalog in one culture still knows every translation");
        FluentActions.Invoking(() => catalog.WithTranslations([German])).Should().Throw<ContentValidationException>()
            .Which.Problems.Should().ContainSingle(static p => p.Code == ContentProblemCodes.Conflict);
    }

    [Fact]
    public void ResultsInDifferentLanguages_AreNotComparedSilently()
    {
        var english = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.Catalog);
        var german = new ScoringPipelineBuilder().AddDefaultStages().Build(DefaultContent.TranslatedCatalog.ForCulture("de"));
        var listening = DefaultContent.Catalog.GetAssessment(DefaultContent.ListeningCheckAssessmentId);
        AssessmentResult Take(ScoringPipeline pipeline, int value)
        {
            var builder = AssessmentResponse.For(listening, "romantic");
            foreach (var item in listening.Items)
            {
                var scale = DefaultContent.Catalog.GetResponseScale(listening, item);
                builder.Answer(item.Id, item.Scale is null ? scale.Min : Math.Clamp(value, scale.Min, scale.Max));
            }

            return pipeline.Score(builder.Build(TimeProvider.System));
        }

        FluentActions.Invoking(() => IntimacyKit.Progress.ProgressReport.Create([Take(english, 2), Take(german, 4)]))
            .Should().Throw<ResultComparisonException>().WithMessage("*different languages*");
        FluentActions.Invoking(() => IntimacyKit.Dyadic.DyadicReport.Create(Take(english, 2), Take(german, 4)))
            .Should().Throw<ResultComparisonException>().WithMessage("*one language*");
        var report = IntimacyKit.Dyadic.DyadicReport.Create(Take(german, 2), Take(german, 4));
        report.Scales.Should().NotContain(static s => s.Text.Contains("not scored", StringComparison.Ordinal), "both were scored; only the bands are not shown");
    }

    private static string ReadGermanJson()
        => File.ReadAllText(Support.Repository.PathOf("src", "IntimacyKit", "Packs", "intimacy-core.de.json"));

    [GeneratedRegex(@"\b(the|and|with|my|your|I|you)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWords();
}
