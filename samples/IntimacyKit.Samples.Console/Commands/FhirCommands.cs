#if !NATIVE_TOOL
using Hl7.Fhir.Model;
using IntimacyKit.Content;
using IntimacyKit.Fhir;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>
/// The fhir commands, run in this process (every build but the native one, which hands them to this one). Standard
/// output holds FHIR JSON, a content pack or a result; every problem goes to standard error as file: path: message.
/// </summary>
internal static class FhirCommands
{
    /// <summary>The files import-response reads.</summary>
    public sealed record ResponseFiles(FileInfo Questionnaire, FileInfo Response, FileInfo? Pack, FileInfo? Support);

    /// <summary>How import-response shows the result: as JSON, and with how each score was worked out.</summary>
    public sealed record Output(bool Json, bool Explain);

    public static int Export(CommandHost host, string assessmentId, string? relationshipKind, FileInfo? pack)
    {
        var catalog = host.CatalogFor(pack);
        relationshipKind ??= pack is null ? "romantic" : catalog.RelationshipKinds[0].Id;
        if (!catalog.TryGetAssessment(assessmentId, out _))
        {
            var known = string.Join(", ", catalog.Assessments.Select(static a => a.Id));
            throw new UserException(host.Text.Format(host.Text.NoAssessment, assessmentId, known), ExitCodes.Usage);
        }

        if (!catalog.TryGetRelationshipKind(relationshipKind, out _))
        {
            throw NoRelationshipKind(host, catalog, relationshipKind);
        }

        Write(host, FhirJson.Serialize(new FhirExporter(catalog).ToQuestionnaire(assessmentId, relationshipKind)));
        return ExitCodes.Success;
    }

    public static int ImportResponse(CommandHost host, ResponseFiles files, string? relationshipKind, Output output)
    {
        var questionnaire = FhirJson.Parse<Questionnaire>(ReadText(host, files.Questionnaire));
        var response = FhirJson.Parse<QuestionnaireResponse>(ReadText(host, files.Response));
        if (Failed(host, files.Questionnaire, questionnaire) | Failed(host, files.Response, response))
        {
            return ExitCodes.Invalid;
        }

        var catalog = host.CatalogFor(files.Pack);
        var exporter = new FhirExporter(catalog);
        if (!catalog.Assessments.Any(a => exporter.CanonicalUrl(a.Id) == questionnaire.Value!.Url))
        {
            if (relationshipKind is not null || files.Pack is not null)
            {
                host.Error.WriteLine(host.Text.Format(host.Text.WarningLine, host.Text.Format(host.Text.NotAKitAssessment, files.Questionnaire.Name)));
            }

            // Any other weighted questionnaire: imported as content, and the response read in the questionnaire's own codes.
            var imported = FhirQuestionnaireImporter.ReadResponse(questionnaire.Value!, response.Value!);
            if (Failed(host, files.Response, imported))
            {
                return ExitCodes.Invalid;
            }

            var importedCatalog = new ContentCatalog(FhirQuestionnaireImporter.Read(questionnaire.Value!).Value!);
            return Show(host, files, importedCatalog, new ScoringPipelineBuilder().AddDefaultStages().Build(importedCatalog), imported.Value!, output);
        }

        // An IntimacyKit assessment: read by the kit's codes, and scored with the pack's bands, safety rules and exercises.
        if (Canonical(response.Value!.Questionnaire) != questionnaire.Value!.Url)
        {
            var problem = host.Text.Format(
                host.Text.ResponseDoesNotAnswer, files.Response.Name, response.Value.Questionnaire, files.Questionnaire.Name, questionnaire.Value.Url);
            host.Error.WriteLine(host.Text.Format(host.Text.ErrorLine, problem));
            return ExitCodes.Invalid;
        }

        // The relationship: the one the response carries, else the one given, else the one the questionnaire was worded for.
        if (relationshipKind is not null && !catalog.TryGetRelationshipKind(relationshipKind, out _))
        {
            throw NoRelationshipKind(host, catalog, relationshipKind);
        }

        relationshipKind ??= questionnaire.Value.GetExtensionValue<Code>(FhirOptions.Default.Extension(FhirExtensions.Kit.RelationshipKind))?.Value;
        var read = new FhirImporter(catalog).ReadResponse(response.Value, relationshipKind);
        var pipeline = files.Pack is null
            ? host.ContentFor(null).Pipeline
            : new ScoringPipelineBuilder().AddDefaultStages().AddRecommendations(new DefaultRecommender()).Build(catalog);
        return Failed(host, files.Response, read) ? ExitCodes.Invalid : Show(host, files, catalog, pipeline, read.Value!, output);
    }

    public static int ImportQuestionnaire(CommandHost host, FileInfo file)
    {
        var imported = FhirQuestionnaireImporter.ReadJson(ReadText(host, file));
        if (Failed(host, file, imported))
        {
            return ExitCodes.Invalid;
        }

        Write(host, ContentPackWriter.ToJson(imported.Value!));
        return ExitCodes.Success;
    }

    private static int Show(
        CommandHost host, ResponseFiles files, ContentCatalog catalog, ScoringPipeline pipeline, AssessmentResponse response, Output output)
        => new TakeCommand(catalog, pipeline, host.Console, host.Error, host.SupportFor(files.Support), output.Explain, host.Text)
            .ScoreAndShow(response, output.Json);

    private static UserException NoRelationshipKind(CommandHost host, ContentCatalog catalog, string relationshipKind)
        => new(
            host.Text.Format(host.Text.NoRelationshipKind, relationshipKind, string.Join(", ", catalog.RelationshipKinds.Select(static k => k.Id))),
            ExitCodes.Usage);

    private static string Canonical(string? canonical) => canonical is null ? string.Empty : canonical.Split('|')[0];

    /// <summary>Writes warnings, and every problem, to standard error with the file's name; returns whether there were problems.</summary>
    private static bool Failed<T>(CommandHost host, FileInfo file, FhirImport<T> import)
        where T : class
    {
        foreach (var warning in import.Warnings)
        {
            host.Error.WriteLine(host.Text.Format(host.Text.WarningLine, $"{file.Name}: {warning}"));
        }

        foreach (var problem in import.Problems)
        {
            host.Error.WriteLine(host.Text.Format(host.Text.ErrorLine, $"{file.Name}: {problem}"));
        }

        return !import.Succeeded;
    }

    /// <summary>A FHIR file, refused before it is read when it is larger than the importer reads.</summary>
    private static string ReadText(CommandHost host, FileInfo file)
    {
        InputFile.Check(file, null, host.Text);
        var limit = FhirOptions.Default.MaxJsonBytes;
        var text = InputFile.Read(file, null, host.Text, path =>
        {
            // Read through a cap, never whole: a device or pipe (/dev/zero) has no length to check first.
            using var stream = File.OpenRead(path);
            var buffer = new byte[limit + 1];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return read > limit ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        });
        return text ?? throw new UserException(host.Text.Format(host.Text.FhirTooLarge, file.Name, limit), ExitCodes.Invalid);
    }

    /// <summary>Machine output goes to the raw writer: Spectre would wrap long lines and break the JSON.</summary>
    private static void Write(CommandHost host, string text)
    {
        host.Console.Profile.Out.Writer.Write(text);
        host.Console.Profile.Out.Writer.WriteLine();
        host.Console.Profile.Out.Writer.Flush();
    }
}
#endif
