using System.Globalization;
using Hl7.Fhir.Model;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Fhir;

/// <summary>
/// IntimacyKit out as HL7 FHIR R4: an assessment as an SDC <see cref="Questionnaire"/>, and a scored result as a
/// <see cref="QuestionnaireResponse"/> with its scale scores. Answer codes are the raw answers (1 to 5, say); the
/// <c>ordinalValue</c> of each is its weight, reversed for a reverse-keyed item, so a reversal is never applied to the
/// answer itself. Safety statements come first, in a group of their own.
/// </summary>
public sealed class FhirExporter
{
    private readonly ContentCatalog _catalog;
    private readonly FhirOptions _options;

    /// <summary>Creates an exporter for the assessments of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog whose assessments are exported.</param>
    /// <param name="options">Canonical URLs; <see cref="FhirOptions.Default"/> when null.</param>
    public FhirExporter(ContentCatalog catalog, FhirOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _options = options ?? FhirOptions.Default;
    }

    /// <summary>The canonical URL of an assessment's questionnaire.</summary>
    /// <param name="assessmentId">The assessment.</param>
    /// <returns>The URL (without version).</returns>
    public string CanonicalUrl(string assessmentId) => _options.Questionnaire(PackOf(_catalog.GetAssessment(assessmentId)).Id, assessmentId);

    /// <summary>Exports an assessment as an R4 SDC Questionnaire, its statements worded for a relationship kind.</summary>
    /// <param name="assessmentId">The assessment.</param>
    /// <param name="relationshipKind">Who the statements are about (a relationship kind id, such as <c>sibling</c>).</param>
    /// <returns>The questionnaire.</returns>
    public Questionnaire ToQuestionnaire(string assessmentId, string relationshipKind)
    {
        var assessment = _catalog.GetAssessment(assessmentId);
        var kind = _catalog.GetRelationshipKind(relationshipKind);
        var pack = PackOf(assessment);
        var questionnaire = new Questionnaire
        {
            Url = _options.Questionnaire(pack.Id, assessment.Id),
            Version = assessment.Version.ToString(),
            Name = Name(assessment.Id),
            Title = assessment.Title,
            Status = PublicationStatus.Active,
            Description = new Markdown(assessment.Instructions),
            Purpose = new Markdown(pack.Provenance),
            Copyright = new Markdown($"{pack.Title}, version {pack.Version}. Licence: {pack.License}."),
        };
        questionnaire.Extension.Add(new Extension(_options.Extension(FhirExtensions.Kit.PackVersion), new FhirString(pack.Version.ToString())));
        questionnaire.Extension.Add(new Extension(_options.Extension(FhirExtensions.Kit.RelationshipKind), new Code(kind.Id)));

        if (assessment.SafetyItemCount > 0)
        {
            var safety = new Questionnaire.ItemComponent
            {
                LinkId = Links.Safety,
                Type = Questionnaire.QuestionnaireItemType.Group,
                Text = assessment.SafetyPreface,
            };
            safety.Item.AddRange(assessment.Items[..assessment.SafetyItemCount].Select(item => Item(assessment, item, kind.Id)));
            var flags = new Questionnaire.ItemComponent
            {
                LinkId = Links.Flag,
                Text = "Safety flags raised (computed by IntimacyKit, never asked)",
                Type = Questionnaire.QuestionnaireItemType.Choice,
                ReadOnly = true,
                Repeats = true,
            };
            flags.Extension.Add(new Extension(Hidden, new FhirBoolean(true)));
            flags.AnswerOption.AddRange(assessment.SafetyRules.Select(static r => r.Flag).Distinct(StringComparer.Ordinal)
                .Select(flag => new Questionnaire.AnswerOptionComponent { Value = new Coding(_options.CodeSystem(Links.FlagSystem), flag, flag) }));
            safety.Item.Add(flags);
            questionnaire.Item.Add(safety);
        }

        questionnaire.Item.Add(new Questionnaire.ItemComponent
        {
            LinkId = Links.Disclaimer,
            Type = Questionnaire.QuestionnaireItemType.Display,
            Text = pack.Notices.Disclaimer,
        });
        questionnaire.Item.AddRange(assessment.Items[assessment.SafetyItemCount..].Select(item => Item(assessment, item, kind.Id)));
        questionnaire.Item.Add(ScoreItems(assessment));
        return questionnaire;
    }

    /// <summary>
    /// The read-only, hidden items a result fills in (<see cref="ToQuestionnaireResponse"/>): a decimal per scale and
    /// composite, and its band, so that a response with scores still conforms to its questionnaire.
    /// </summary>
    private Questionnaire.ItemComponent ScoreItems(Assessment assessment)
    {
        var group = new Questionnaire.ItemComponent
        {
            LinkId = Links.Scores,
            Type = Questionnaire.QuestionnaireItemType.Group,
            Text = "Scores (computed by IntimacyKit, never asked)",
            ReadOnly = true,
        };
        group.Extension.Add(new Extension(Hidden, new FhirBoolean(true)));
        var scores = assessment.Scales.Select(static s => (s.Id, s.Title, s.Bands)).Concat(assessment.Composites.Select(static c => (c.Id, c.Title, c.Bands)));
        foreach (var (id, title, bands) in scores)
        {
            group.Item.Add(new Questionnaire.ItemComponent
            {
                LinkId = $"{Links.Scores}.{id}",
                Text = title,
                Type = Questionnaire.QuestionnaireItemType.Decimal,
                ReadOnly = true,
            });
            if (!bands.IsEmpty)
            {
                var band = new Questionnaire.ItemComponent
                {
                    LinkId = $"{Links.Scores}.{id}.band",
                    Text = $"{title}: band",
                    Type = Questionnaire.QuestionnaireItemType.Choice,
                    ReadOnly = true,
                };
                band.AnswerOption.AddRange(bands.Select(b => new Questionnaire.AnswerOptionComponent
                {
                    Value = new Coding(_options.CodeSystem(BandSystem(assessment.Id)), b.Id, b.Label),
                }));
                group.Item.Add(band);
            }
        }

        return group;
    }

    private static string BandSystem(string assessmentId) => $"{assessmentId}.bands";

    private const string Hidden = "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden";

    /// <summary>
    /// A scored result as a completed QuestionnaireResponse: the answers (the safety statements' only with
    /// <paramref name="includeSafety"/>), then a group of read-only items, one per scale and composite, with its score
    /// (decimal), its band (a coding) and how it was worked out (an extension).
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="includeSafety">Whether the safety answers and the flags raised go too; they are the person's most
    /// sensitive data, so only where the caller has a reason and the person's consent.</param>
    /// <returns>The response.</returns>
    public QuestionnaireResponse ToQuestionnaireResponse(AssessmentResult result, bool includeSafety = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var assessment = _catalog.GetAssessment(result.AssessmentId);
        var response = new QuestionnaireResponse
        {
            Questionnaire = $"{_options.Questionnaire(PackOf(assessment).Id, assessment.Id)}|{result.AssessmentVersion}",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Authored = result.CompletedAt.ToString("o", CultureInfo.InvariantCulture),
        };
        response.Extension.Add(new Extension(_options.Extension(FhirExtensions.Kit.RelationshipKind), new Code(result.RelationshipKind)));
        // A result scored leniently may still hold a repeated answer or one off the scale: the first, valid one is written.
        var answers = result.Answers.GroupBy(static a => a.ItemId, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        if (includeSafety && assessment.SafetyItemCount > 0)
        {
            var safety = new QuestionnaireResponse.ItemComponent { LinkId = Links.Safety };
            safety.Item.AddRange(Answered(assessment, assessment.Items[..assessment.SafetyItemCount], answers));
            if (!result.SafetyFlags.IsEmpty)
            {
                safety.Item.Add(new QuestionnaireResponse.ItemComponent
                {
                    LinkId = Links.Flag,
                    Text = "Safety flags raised",
                    Answer = [.. result.SafetyFlags.Select(f => new QuestionnaireResponse.AnswerComponent
                    {
                        Value = new Coding(_options.CodeSystem(Links.FlagSystem), f.Flag, $"{f.Severity}: {f.Explanation}"),
                    })],
                });
            }

            response.Item.Add(safety);
        }

        response.Item.AddRange(Answered(assessment, assessment.Items[assessment.SafetyItemCount..], answers));
        response.Item.Add(Scores(result));
        return response;
    }

    private Questionnaire.ItemComponent Item(Assessment assessment, AssessmentItem item, string kind)
    {
        var scale = _catalog.GetResponseScale(assessment, item);
        var question = new Questionnaire.ItemComponent
        {
            LinkId = item.Id,
            Text = _catalog.RenderItemText(item, kind),
            Type = Questionnaire.QuestionnaireItemType.Choice,
        };
        question.Extension.Add(new Extension(
            FhirExtensions.ItemControl,
            new CodeableConcept(FhirExtensions.ItemControlSystem, "radio-button", "Radio Button")));
        if (item.Scale is { } member)
        {
            question.Extension.Add(new Extension(_options.Extension(FhirExtensions.Kit.Scale), new FhirString(member)));
            question.Extension.Add(new Extension(_options.Extension(FhirExtensions.Kit.Reverse), new FhirBoolean(item.Reverse)));
        }

        var system = _options.CodeSystem(scale.Id);
        for (var value = scale.Min; value <= scale.Max; value++)
        {
            var coding = new Coding(system, value.ToString(CultureInfo.InvariantCulture), scale.LabelOf(value));
            var weight = item.Reverse ? scale.Max + scale.Min - value : value;
            coding.Extension.Add(new Extension(FhirExtensions.OrdinalValue, new FhirDecimal(weight)));
            question.AnswerOption.Add(new Questionnaire.AnswerOptionComponent { Value = coding });
        }

        if (item.OffersNotApplicable)
        {
            question.AnswerOption.Add(new Questionnaire.AnswerOptionComponent { Value = new Coding(system, Links.NotApplicable, "Does not apply") });
        }

        return question;
    }

    private IEnumerable<QuestionnaireResponse.ItemComponent> Answered(
        Assessment assessment, IEnumerable<AssessmentItem> items, Dictionary<string, Answer> answers)
    {
        foreach (var item in items)
        {
            if (!answers.TryGetValue(item.Id, out var answer))
            {
                continue;
            }

            var answered = new QuestionnaireResponse.ItemComponent { LinkId = item.Id };
            var scale = _catalog.GetResponseScale(assessment, item);
            if ((answer.DoesNotApply && item.OffersNotApplicable) || (answer.Value is { } given && scale.Contains(given)))
            {
                var code = answer.Value is { } value ? value.ToString(CultureInfo.InvariantCulture) : Links.NotApplicable;
                var display = answer.Value is { } labelled ? scale.LabelOf(labelled) : "Does not apply";
                answered.Answer.Add(new() { Value = new Coding(_options.CodeSystem(scale.Id), code, display) });
            }

            yield return answered;
        }
    }

    private QuestionnaireResponse.ItemComponent Scores(AssessmentResult result)
    {
        var group = new QuestionnaireResponse.ItemComponent { LinkId = Links.Scores, Text = "Scores (read-only, computed by IntimacyKit)" };
        foreach (var score in result.Scales.Concat(result.Composites))
        {
            var item = new QuestionnaireResponse.ItemComponent { LinkId = $"{Links.Scores}.{score.Id}", Text = score.Title };
            item.Extension.Add(new Extension(_options.Extension(FhirExtensions.Kit.ScoringRule), new FhirString(score.Explain().Text)));
            if (score.Value is { } value)
            {
                item.Answer.Add(new() { Value = new FhirDecimal((decimal)value) });
            }

            group.Item.Add(item);
            if (score.Band is { } band)
            {
                // A sibling, not a child: FHIR lets an item have answers or items, not both (qrs-1).
                group.Item.Add(new QuestionnaireResponse.ItemComponent
                {
                    LinkId = $"{Links.Scores}.{score.Id}.band",
                    Text = $"{score.Title}: band",
                    Answer = [new() { Value = new Coding(_options.CodeSystem(BandSystem(result.AssessmentId)), band.Id, band.Label) }],
                });
            }
        }

        return group;
    }

    private ContentPack PackOf(Assessment assessment) => _catalog.Packs.First(p => p.Assessments.Contains(assessment));

    /// <summary>A computer-friendly name, as FHIR asks: <c>intimacy-quick-check</c> becomes <c>IntimacyQuickCheck</c>.</summary>
    private static string Name(string id)
        => string.Concat(id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(static part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The link ids of the items IntimacyKit adds around the statements.</summary>
    internal static class Links
    {
        public const string Safety = "safety";
        public const string Disclaimer = "disclaimer";
        public const string Scores = "scores";
        public const string Flag = "safety-flags";
        public const string FlagSystem = "safety-flags";
        public const string NotApplicable = "na";
    }
}
