using System.Globalization;
using Hl7.Fhir.Model;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Fhir;

/// <summary>
/// Answers in from HL7 FHIR R4: a <see cref="QuestionnaireResponse"/> to a questionnaire that <see cref="FhirExporter"/>
/// made becomes an <see cref="AssessmentResponse"/>, matched by link id and coding. Everything wrong is reported as a
/// <see cref="FhirProblem"/> with its path (an unknown link id, a code not on the item's scale, an answer to another
/// questionnaire or version, items nested too deep), never as an exception.
/// </summary>
public sealed class FhirImporter
{
    private const string Root = "QuestionnaireResponse";

    private readonly ContentCatalog _catalog;
    private readonly FhirOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates an importer for responses to the assessments of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog whose assessments the responses answer.</param>
    /// <param name="options">Canonical URLs and limits; <see cref="FhirOptions.Default"/> when null.</param>
    /// <param name="timeProvider">The completion time of a response that gives none; the system clock when null.</param>
    public FhirImporter(ContentCatalog catalog, FhirOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _options = options ?? FhirOptions.Default;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Reads FHIR JSON (a QuestionnaireResponse) into an assessment response.</summary>
    /// <param name="json">The resource as JSON.</param>
    /// <param name="relationshipKind">The relationship kind when the response does not carry the kit's extension.</param>
    /// <returns>The response, or the problems.</returns>
    public FhirImport<AssessmentResponse> ReadResponseJson(string json, string? relationshipKind = null)
    {
        var parsed = FhirJson.Parse<QuestionnaireResponse>(json, _options);
        return parsed.Value is { } resource ? ReadResponse(resource, relationshipKind) : new FhirImport<AssessmentResponse>(null, parsed.Problems);
    }

    /// <summary>Reads a QuestionnaireResponse into an assessment response.</summary>
    /// <param name="response">The resource.</param>
    /// <param name="relationshipKind">The relationship kind when the response does not carry the kit's extension.</param>
    /// <returns>The response, or the problems.</returns>
    public FhirImport<AssessmentResponse> ReadResponse(QuestionnaireResponse response, string? relationshipKind = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var problems = new List<FhirProblem>();
        CheckStatus(response, problems);

        if (Resolve(response.Questionnaire, problems) is not { } assessment)
        {
            return new FhirImport<AssessmentResponse>(null, problems);
        }

        var kind = response.GetExtensionValue<Code>(_options.Extension(FhirExtensions.Kit.RelationshipKind))?.Value ?? relationshipKind;
        if (kind is null || !_catalog.TryGetRelationshipKind(kind, out _))
        {
            problems.Add(new FhirProblem(
                $"{Root}.extension('{_options.Extension(FhirExtensions.Kit.RelationshipKind)}')",
                kind is null
                    ? "No relationship kind: the response carries none, and none was given."
                    : $"'{kind}' is not a relationship kind; known: {string.Join(", ", _catalog.RelationshipKinds.Select(static k => k.Id))}."));
        }

        var answers = new List<Answer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Walk(assessment, response.Item, Root, 1, answers, seen, problems);
        if (problems.Count > 0)
        {
            return new FhirImport<AssessmentResponse>(null, problems);
        }

        // (A stopped or in-progress response is scored like any partial one: statements never reached are unanswered.)
        return new FhirImport<AssessmentResponse>(
            new AssessmentResponse(assessment.Id, assessment.Version, kind!, answers, CompletedAt(response, _time)), []);
    }

    /// <summary>
    /// When a response was finished: its <c>authored</c> time, where a time without an offset is UTC (never the server's
    /// local time); a response without one was finished now.
    /// </summary>
    internal static DateTimeOffset CompletedAt(QuestionnaireResponse response, TimeProvider time)
        => DateTimeOffset.TryParse(response.Authored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var authored)
            ? authored
            : time.GetUtcNow();

    /// <summary>The problem of a response marked entered-in-error, if it is.</summary>
    internal static void CheckStatus(QuestionnaireResponse response, List<FhirProblem> problems)
    {
        if (response.Status is QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError)
        {
            problems.Add(new FhirProblem($"{Root}.status", "A response with status 'entered-in-error' is not answers to score."));
        }
    }

    private Assessment? Resolve(string? canonical, List<FhirProblem> problems)
    {
        const string Path = Root + ".questionnaire";
        if (string.IsNullOrEmpty(canonical))
        {
            problems.Add(new FhirProblem(Path, "Missing: a response names the questionnaire it answers (url|version)."));
            return null;
        }

        var bar = canonical.IndexOf('|', StringComparison.Ordinal);
        var (url, version) = bar < 0 ? (canonical, null) : (canonical[..bar], canonical[(bar + 1)..]);
        var assessment = _catalog.Packs
            .SelectMany(pack => pack.Assessments.Select(a => (Url: _options.Questionnaire(pack.Id, a.Id), Assessment: a)))
            .FirstOrDefault(candidate => candidate.Url == url).Assessment;
        if (assessment is null)
        {
            problems.Add(new FhirProblem(
                Path,
                $"'{url}' is not a questionnaire of these packs (they are {_options.CanonicalBase}/Questionnaire/{{pack}}.{{assessment}})."));
            return null;
        }

        if (version is null || version != assessment.Version.ToString())
        {
            problems.Add(new FhirProblem(
                Path,
                $"Answers to version '{version ?? "(none)"}' of '{assessment.Id}' cannot be scored by version {assessment.Version}."));
            return null;
        }

        return assessment;
    }

    private void Walk(
        Assessment assessment,
        List<QuestionnaireResponse.ItemComponent> items,
        string path,
        int depth,
        List<Answer> answers,
        HashSet<string> seen,
        List<FhirProblem> problems)
    {
        if (depth > _options.MaxItemDepth)
        {
            problems.Add(new FhirProblem(path, $"Items nest deeper than {_options.MaxItemDepth} levels."));
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var at = $"{path}.item[{i}]";
            if (item.LinkId is FhirExporter.Links.Safety)
            {
                Walk(assessment, item.Item, at, depth + 1, answers, seen, problems);
            }
            else if (item.LinkId is FhirExporter.Links.Scores or FhirExporter.Links.Disclaimer
                || item.LinkId?.StartsWith(FhirExporter.Links.Flag, StringComparison.Ordinal) == true)
            {
                // Read-only items of an exported result: computed, never answers.
            }
            else if (string.IsNullOrEmpty(item.LinkId) || !assessment.TryGetItem(item.LinkId, out var statement))
            {
                problems.Add(new FhirProblem($"{at}.linkId", string.IsNullOrEmpty(item.LinkId)
                    ? "Missing: every item names its statement."
                    : $"'{item.LinkId}' is not a statement of '{assessment.Id}'."));
            }
            else if (!seen.Add(item.LinkId))
            {
                problems.Add(new FhirProblem($"{at}.linkId", $"'{item.LinkId}' is answered more than once."));
            }
            else if (ReadAnswer(assessment, statement, item, at, problems) is { } answer)
            {
                answers.Add(answer);
            }
        }
    }

    private Answer? ReadAnswer(Assessment assessment, AssessmentItem statement, QuestionnaireResponse.ItemComponent item, string at, List<FhirProblem> problems)
    {
        if (item.Answer.Count == 0)
        {
            return Answer.Skipped(statement.Id); // shown, and left unanswered
        }

        if (item.Answer.Count > 1)
        {
            problems.Add(new FhirProblem($"{at}.answer", "A statement takes one answer."));
            return null;
        }

        var scale = _catalog.GetResponseScale(assessment, statement);
        var system = _options.CodeSystem(scale.Id);
        if (item.Answer[0].Value is not Coding coding || coding.System != system)
        {
            problems.Add(new FhirProblem($"{at}.answer[0].valueCoding", $"Should be a coding of {system}."));
            return null;
        }

        if (coding.Code == FhirExporter.Links.NotApplicable && statement.OffersNotApplicable)
        {
            return Answer.NotApplicable(statement.Id);
        }

        if (int.TryParse(coding.Code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && scale.Contains(value))
        {
            return new Answer(statement.Id, value);
        }

        problems.Add(new FhirProblem(
            $"{at}.answer[0].valueCoding.code",
            $"'{coding.Code}' is not an answer of '{statement.Id}': allowed {scale.Min} to {scale.Max}"
                + (statement.OffersNotApplicable ? " or na." : ".")));
        return null;
    }
}
