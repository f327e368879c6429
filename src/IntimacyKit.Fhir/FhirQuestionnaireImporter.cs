using System.Globalization;
using Hl7.Fhir.Model;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Fhir;

/// <summary>
/// A generic SDC Questionnaire in as IntimacyKit content: every choice item whose answers carry weights (an
/// <c>ordinalValue</c> or <c>itemWeight</c> extension on the answer option or its coding, or on the concepts of a contained
/// ValueSet) becomes a statement whose answer is its weight, and all of them one sum scale, so that the pipeline scores
/// the questionnaire's total. A choice item without weights is left out and reported (a warning), never guessed. The pack
/// carries no bands, no safety screen and no exercises: it scores, and interpretation stays with the instrument's own
/// documentation.
/// </summary>
public static class FhirQuestionnaireImporter
{
    /// <summary>The largest weight, either way, read as an answer (IntimacyKit's answers are whole numbers of a modest range).</summary>
    private const int MaxWeight = 1_000_000;

    /// <summary>The id of the sum scale of an imported assessment.</summary>
    public const string TotalScaleId = "total";

    /// <summary>Reads FHIR JSON (a Questionnaire) into a content pack with one assessment.</summary>
    /// <param name="json">The questionnaire as JSON.</param>
    /// <param name="options">Limits; <see cref="FhirOptions.Default"/> when null.</param>
    /// <returns>The pack, or every problem with its path.</returns>
    public static FhirImport<ContentPack> ReadJson(string json, FhirOptions? options = null)
    {
        var parsed = FhirJson.Parse<Questionnaire>(json, options);
        return parsed.Value is { } questionnaire ? Read(questionnaire) : new FhirImport<ContentPack>(null, parsed.Problems);
    }

    /// <summary>Reads a Questionnaire into a content pack with one assessment.</summary>
    /// <param name="questionnaire">The questionnaire.</param>
    /// <returns>The pack, or every problem with its path.</returns>
    public static FhirImport<ContentPack> Read(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var problems = new List<FhirProblem>();
        var unweighted = new List<FhirProblem>();
        var weighted = new List<WeightedItem>();
        Collect(questionnaire, questionnaire.Item, "Questionnaire", 1, weighted, unweighted);
        if (weighted.Count == 0)
        {
            // Nothing to score at all: what was left out is the reason, and no pack is made.
            problems.AddRange(unweighted);
            problems.Add(new FhirProblem("Questionnaire.item", "No choice item with weighted answers: nothing to score."));
        }

        var scale = problems.Count == 0 ? ResponseScale(weighted, problems) : null;
        if (scale is null)
        {
            return new FhirImport<ContentPack>(null, problems);
        }

        var id = Id(questionnaire.Name ?? questionnaire.Id ?? "imported-questionnaire");
        var items = weighted.Select(static w => new AssessmentItem(Id(w.LinkId), w.Text, TotalScaleId)).ToList();
        var assessment = new Assessment(
            id,
            SemanticVersion.TryParse(questionnaire.Version, out var version) ? version : SemanticVersion.Parse("1.0.0"),
            questionnaire.Title ?? questionnaire.Name ?? id,
            Instructions(questionnaire),
            scale.Id,
            items,
            [new Scale(TotalScaleId, "Total score", id, null, Aggregation.Sum, items.Count, [])]);
        try
        {
            return new FhirImport<ContentPack>(Pack(questionnaire, id, scale, assessment), [], unweighted);
        }
        catch (ContentValidationException exception)
        {
            // What the questionnaire held does not make valid content (an id clash, say): said, never thrown.
            return new FhirImport<ContentPack>(null, exception.Problems.Select(static p => new FhirProblem(p.Path, p.Message)));
        }
    }

    /// <summary>
    /// Reads FHIR JSON (a response to a questionnaire in that questionnaire's own codes, such as the PHQ-9's
    /// <c>Not-at-all</c>) into a response to the assessment <see cref="ReadJson"/> makes of the questionnaire.
    /// </summary>
    /// <param name="questionnaireJson">The questionnaire as JSON.</param>
    /// <param name="responseJson">The QuestionnaireResponse as JSON.</param>
    /// <param name="options">Limits; <see cref="FhirOptions.Default"/> when null.</param>
    /// <param name="timeProvider">The completion time of a response that gives none; the system clock when null.</param>
    /// <returns>The response, or every problem with its path (the questionnaire's first).</returns>
    public static FhirImport<AssessmentResponse> ReadResponseJson(
        string questionnaireJson, string responseJson, FhirOptions? options = null, TimeProvider? timeProvider = null)
    {
        var questionnaire = FhirJson.Parse<Questionnaire>(questionnaireJson, options);
        if (questionnaire.Value is null)
        {
            return new FhirImport<AssessmentResponse>(null, questionnaire.Problems);
        }

        var response = FhirJson.Parse<QuestionnaireResponse>(responseJson, options);
        return response.Value is null
            ? new FhirImport<AssessmentResponse>(null, response.Problems)
            : ReadResponse(questionnaire.Value, response.Value, options, timeProvider);
    }

    /// <summary>
    /// Reads a response to <paramref name="questionnaire"/>, in the questionnaire's own codes, into a response to the
    /// assessment <see cref="Read"/> makes of it: each weighted item's answer becomes its weight. An answer to an item
    /// that is not scored (a calculated total, free text, a choice without weights) is left out, with a warning where it
    /// was a choice; an unknown link id, a code the item does not offer, or a response to another questionnaire is a
    /// problem with its path.
    /// </summary>
    /// <param name="questionnaire">The questionnaire the response answers.</param>
    /// <param name="response">The response.</param>
    /// <param name="options">Limits; <see cref="FhirOptions.Default"/> when null.</param>
    /// <param name="timeProvider">The completion time of a response that gives none; the system clock when null.</param>
    /// <returns>The response (relationship kind <c>self</c>), or every problem with its path.</returns>
    public static FhirImport<AssessmentResponse> ReadResponse(
        Questionnaire questionnaire, QuestionnaireResponse response, FhirOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(response);
        var imported = Read(questionnaire);
        if (imported.Value is not { } pack)
        {
            return new FhirImport<AssessmentResponse>(null, imported.Problems);
        }

        var problems = new List<FhirProblem>();
        FhirImporter.CheckStatus(response, problems);
        CheckCanonical(questionnaire, response, problems);
        if (problems.Count > 0)
        {
            return new FhirImport<AssessmentResponse>(null, problems); // answers to something else: their link ids say nothing more
        }

        var weighted = new List<WeightedItem>();
        var unweighted = new List<FhirProblem>();
        Collect(questionnaire, questionnaire.Item, "Questionnaire", 1, weighted, unweighted);
        var reader = new ResponseReader(
            weighted.ToDictionary(static w => w.LinkId, StringComparer.Ordinal),
            LinkIds(questionnaire.Item, new Dictionary<string, Questionnaire.ItemComponent>(StringComparer.Ordinal), 1),
            (options ?? FhirOptions.Default).MaxItemDepth);
        reader.Walk(response.Item, "QuestionnaireResponse", 1);
        problems.AddRange(reader.Problems);
        if (problems.Count > 0)
        {
            return new FhirImport<AssessmentResponse>(null, problems);
        }

        var assessment = pack.Assessments[0];
        var warnings = imported.Warnings.AddRange(reader.Warnings);
        var answered = new AssessmentResponse(
            assessment.Id,
            assessment.Version,
            pack.RelationshipKinds[0].Id,
            reader.Answers,
            FhirImporter.CompletedAt(response, timeProvider ?? TimeProvider.System));
        return new FhirImport<AssessmentResponse>(answered, [], warnings);
    }

    /// <summary>A response names the questionnaire it answers by url (and version, where both give one).</summary>
    private static void CheckCanonical(Questionnaire questionnaire, QuestionnaireResponse response, List<FhirProblem> problems)
    {
        var canonical = response.Questionnaire ?? string.Empty;
        var bar = canonical.IndexOf('|', StringComparison.Ordinal);
        var (url, version) = bar < 0 ? (canonical, null) : (canonical[..bar], canonical[(bar + 1)..]);
        if (questionnaire.Url is { } expected && !string.Equals(url, expected, StringComparison.Ordinal))
        {
            problems.Add(new FhirProblem(
                "QuestionnaireResponse.questionnaire",
                url.Length == 0 ? $"Missing: a response names the questionnaire it answers ({expected})." : $"'{url}' is not {expected}."));
        }
        else if (version is not null && questionnaire.Version is { } own && !string.Equals(version, own, StringComparison.Ordinal))
        {
            problems.Add(new FhirProblem("QuestionnaireResponse.questionnaire", $"Answers to version '{version}' of {url}, not to version {own}."));
        }
    }

    /// <summary>Every item of a questionnaire by its link id, at any depth.</summary>
    private static Dictionary<string, Questionnaire.ItemComponent> LinkIds(
        List<Questionnaire.ItemComponent> items, Dictionary<string, Questionnaire.ItemComponent> found, int depth)
    {
        if (depth > FhirOptions.Default.MaxItemDepth)
        {
            return found;
        }

        foreach (var item in items)
        {
            if (item.LinkId is { } linkId)
            {
                found.TryAdd(linkId, item);
            }

            LinkIds(item.Item, found, depth + 1);
        }

        return found;
    }

    /// <summary>
    /// What a person reads before the questions: the stem of the first group that holds them ("Over the last two weeks,
    /// how often ..."), else the questionnaire's description, else a plain request.
    /// </summary>
    private static string Instructions(Questionnaire questionnaire)
        => questionnaire.Item.FirstOrDefault(static i => i.Type == Questionnaire.QuestionnaireItemType.Group && !string.IsNullOrWhiteSpace(i.Text))?.Text
            ?? questionnaire.Description
            ?? "Answer each question.";

    /// <summary>
    /// Kinds of help shown with every result of an imported questionnaire, which has no safety screen of its own here:
    /// described, never with contacts, which hosts configure.
    /// </summary>
    private static readonly SupportResource[] Help =
    [
        new("emergency-services", "emergency-services", "Emergency services",
            "If you or someone else is in danger right now, call your local emergency number."),
        new("crisis-line", "crisis-line", "A crisis line",
            "If you are thinking about harming yourself or ending your life, a crisis line lets you talk with a trained person straight away."),
        new("therapist", "therapist", "A licensed therapist or doctor",
            "A qualified professional can go through these answers with you and say what they mean for you."),
        new("trusted-person", "trusted-person", "Someone you trust",
            "Telling someone you trust how you are means you are not alone with it."),
    ];

    private static ContentPack Pack(Questionnaire questionnaire, string id, ResponseScale scale, Assessment assessment)
        => new(
            id,
            SemanticVersion.Parse("1.0.0"),
            questionnaire.Language ?? "en",
            questionnaire.Title ?? id,
            questionnaire.Copyright ?? "As the source questionnaire states.",
            $"Imported from the FHIR Questionnaire {Canonical(questionnaire)}.",
            [new RelationshipKind("self", "Myself", "myself")],
            [
                // What the total measures is the instrument's own: one entry names it, and claims nothing more.
                new Obstacle(
                    id,
                    "imported",
                    questionnaire.Title ?? id,
                    "What this questionnaire measures, as its own documentation describes it.",
                    ["The answers to its questions."],
                    [$"Imported from the FHIR Questionnaire {Canonical(questionnaire)}."]),
            ],
            [],
            [scale],
            [assessment],
            Help,
            Notices);

    /// <summary>
    /// What is shown with every result of an imported questionnaire: its total is the questionnaire's own weights summed,
    /// and no answer was checked for safety, since the kit does not know which questions ask about it.
    /// </summary>
    private static PackNotices Notices { get; } = new(
        "This total adds up the weights the questionnaire gives its answers; it is not a diagnosis. IntimacyKit does not know which of this "
            + "questionnaire's questions ask about safety, so no answer was checked for risk: read every answer, and follow the "
            + "questionnaire's own guidance where one speaks of harm.",
        PackNotices.Default.Concern,
        PackNotices.Default.Urgent,
        PackNotices.Default.Privacy);

    private static string Canonical(Questionnaire questionnaire)
        => (questionnaire.Url, questionnaire.Version) switch
        {
            ({ Length: > 0 } url, { Length: > 0 } version) => $"{url}|{version}",
            ({ Length: > 0 } url, _) => url,
            _ => questionnaire.Name ?? questionnaire.Id ?? "(without a url)",
        };

    private static void Collect(
        Questionnaire questionnaire,
        List<Questionnaire.ItemComponent> items,
        string path,
        int depth,
        List<WeightedItem> weighted,
        List<FhirProblem> problems)
    {
        if (depth > FhirOptions.Default.MaxItemDepth && items.Count > 0)
        {
            problems.Add(new FhirProblem(path, $"Items nested deeper than {FhirOptions.Default.MaxItemDepth} levels are left out, not read."));
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var at = $"{path}.item[{i}]";
            if (item.Type == Questionnaire.QuestionnaireItemType.Group)
            {
                Collect(questionnaire, item.Item, at, depth + 1, weighted, problems);
            }
            else if (item.Type is Questionnaire.QuestionnaireItemType.Choice)
            {
                var options = Options(questionnaire, item);
                if (options.Count == 0 || options.Any(static o => o.Weight is null))
                {
                    problems.Add(new FhirProblem(
                        at,
                        $"Item '{item.LinkId}' has answers without weights (ordinalValue or itemWeight): it is left out of the total, not guessed."));
                }
                else if (options.Any(static o => string.IsNullOrEmpty(o.Key.Code)))
                {
                    problems.Add(new FhirProblem(
                        at, $"Item '{item.LinkId}' has answers without a code or value, which no response could name: it is left out."));
                }
                else if (options.Any(static o => Math.Abs(o.Weight!.Value) > MaxWeight))
                {
                    problems.Add(new FhirProblem(at, $"Item '{item.LinkId}' has weights beyond ±{MaxWeight}: it is left out of the total."));
                }
                else
                {
                    var text = item.Text ?? item.LinkId ?? string.Empty;
                    var weights = options.Select(static o => new WeightedOption(o.Weight!.Value, o.Label, o.Key)).ToList();
                    weighted.Add(new WeightedItem(item.LinkId ?? string.Empty, text, weights));
                }
            }
        }
    }

    /// <summary>The answers of a choice item with their weights, from its options or its contained value set.</summary>
    private static List<(decimal? Weight, string Label, AnswerKey Key)> Options(Questionnaire questionnaire, Questionnaire.ItemComponent item)
    {
        if (item.AnswerOption.Count > 0)
        {
            return [.. item.AnswerOption.Select(static o => (Weight(o) ?? (o.Value as Coding is { } c ? Weight(c) : null),
                (o.Value as Coding)?.Display ?? (o.Value as Coding)?.Code ?? o.Value?.ToString() ?? string.Empty,
                AnswerKey.Of(o.Value)))];
        }

        var reference = item.AnswerValueSet;
        var valueSet = reference is { Length: > 1 } && reference[0] == '#'
            ? questionnaire.Contained.OfType<ValueSet>().FirstOrDefault(v => v.Id == reference[1..])
            : null;
        return valueSet?.Compose?.Include
            .SelectMany(static include => include.Concept.Select(concept => (Weight(concept), concept.Display ?? concept.Code ?? string.Empty,
                new AnswerKey(include.System, concept.Code, IsCoding: true))))
            .ToList() ?? [];
    }

    private static decimal? Weight(IExtendable element)
        => (element.GetExtensionValue<FhirDecimal>(FhirExtensions.OrdinalValue) ?? element.GetExtensionValue<FhirDecimal>(FhirExtensions.ItemWeight))?.Value;

    /// <summary>
    /// One response scale for every item: IntimacyKit's answers are whole numbers, so the weights must be the whole
    /// numbers of one range, the same for every item.
    /// </summary>
    private static ResponseScale? ResponseScale(List<WeightedItem> weighted, List<FhirProblem> problems)
    {
        var first = weighted[0].Options.OrderBy(static o => o.Weight).ToList();
        var min = first[0].Weight;
        var contiguous = first.Select((o, i) => o.Weight == min + i).All(static ok => ok) && first.All(static o => o.Weight == decimal.Truncate(o.Weight));
        var same = weighted.All(w => w.Options.Select(static o => o.Weight).Order().SequenceEqual(first.Select(static o => o.Weight)));
        if (!contiguous || !same)
        {
            var odd = weighted.FirstOrDefault(w => !w.Options.Select(static o => o.Weight).Order().SequenceEqual(first.Select(static o => o.Weight)))
                ?? weighted[0];
            problems.Add(new FhirProblem(
                "Questionnaire.item",
                "The answers' weights should be the same run of whole numbers for every item (such as 0, 1, 2, 3), to score them as answers; "
                    + $"'{odd.LinkId}' has {string.Join(", ", odd.Options.Select(static o => o.Weight.ToString(CultureInfo.InvariantCulture)))}."));
            return null;
        }

        var max = min + first.Count - 1;
        if (first.Count < 2)
        {
            problems.Add(new FhirProblem("Questionnaire.item", "Each item should offer at least two answers with different weights."));
            return null;
        }

        static string Name(decimal weight)
            => weight < 0 ? "m" + (-weight).ToString(CultureInfo.InvariantCulture) : weight.ToString(CultureInfo.InvariantCulture);
        return new ResponseScale(
            $"weights-{Name(min)}-{Name(max)}",
            (int)min,
            (int)min + first.Count - 1,
            first.Select(static o => o.Label));
    }

    /// <summary>An IntimacyKit id (lower-case letters, digits and dashes) from any FHIR name or link id.</summary>
    internal static string Id(string text)
    {
        var id = new string([.. text.ToLowerInvariant().Select(static c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        id = string.Join('-', id.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return id.Length == 0 ? "item" : id;
    }
}
