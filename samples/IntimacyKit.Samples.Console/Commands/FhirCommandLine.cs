using System.CommandLine;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>
/// fhir: assessments out as HL7 FHIR R4 SDC Questionnaires, answers in from QuestionnaireResponses, questionnaires in
/// as content. The Firely SDK behind them cannot run under Native AOT, so the native build hands these commands to
/// the framework-dependent build it carries (<see cref="FhirCompanion"/>); every other build runs them itself.
/// </summary>
internal static class FhirCommandLine
{
    public static Command Create(CommandHost host)
    {
        var command = new Command(
            "fhir",
            "Exchange assessments and answers as HL7 FHIR R4 (Structured Data Capture): export an assessment as a Questionnaire, score a "
                + "QuestionnaireResponse, or turn a weighted Questionnaire (such as the PHQ-9) into a content pack.")
        {
            Export(host),
            ImportResponse(host),
            ImportQuestionnaire(host),
        };
        return command;
    }

    private static Command Export(CommandHost host)
    {
        var assessment = new Option<string>("--assessment")
        {
            Description = "The assessment to export: intimacy-profile, intimacy-quick-check or listening-check.",
            Required = true,
        };
        var relationship = new Option<string?>("--relationship")
        {
            Description = "The relationship the statements are worded for: romantic (the default), sibling, parent-child, child-parent or friendship; "
                + "with --pack, that pack's first kind unless given.",
        };
        var pack = CommonOptions.Pack();
        var command = new Command("export", "Print an assessment as an SDC Questionnaire (FHIR R4 JSON), its statements worded for one relationship.")
        {
            assessment, relationship, pack,
        };
#if NATIVE_TOOL
        command.SetAction(_ => host.Interruptible(() => FhirCompanion.Run(host.Arguments, host.Error)));
#else
        command.SetAction(parse => FhirCommands.Export(host, parse.GetValue(assessment)!, parse.GetValue(relationship), parse.GetValue(pack)));
#endif
        return command;
    }

    private static Command ImportResponse(CommandHost host)
    {
        var questionnaire = new Argument<FileInfo>("questionnaire") { Description = "The Questionnaire the response answers (FHIR R4 JSON)." };
        var response = new Argument<FileInfo>("response") { Description = "The QuestionnaireResponse to score (FHIR R4 JSON)." };
        var relationship = new Option<string?>("--relationship")
        {
            Description = "The relationship the answers are about, when the response does not say (by default, the one the questionnaire was worded for).",
        };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var explain = new Option<bool>("--explain") { Description = "Also show how each score was worked out." };
        var pack = CommonOptions.Pack();
        var support = CommonOptions.Support();
        var command = new Command(
            "import-response",
            "Score a QuestionnaireResponse and show the result as take does: answers to an exported assessment by its codes, or answers to any "
                + "weighted questionnaire (imported as content) by the questionnaire's own codes.")
        {
            questionnaire, response, relationship, json, explain, pack, support,
        };
#if NATIVE_TOOL
        command.SetAction(_ => host.Interruptible(() => FhirCompanion.Run(host.Arguments, host.Error)));
#else
        command.SetAction(parse => FhirCommands.ImportResponse(
            host,
            new FhirCommands.ResponseFiles(parse.GetValue(questionnaire)!, parse.GetValue(response)!, parse.GetValue(pack), parse.GetValue(support)),
            parse.GetValue(relationship),
            new FhirCommands.Output(parse.GetValue(json), parse.GetValue(explain))));
#endif
        return command;
    }

    private static Command ImportQuestionnaire(CommandHost host)
    {
        var questionnaire = new Argument<FileInfo>("questionnaire") { Description = "A Questionnaire whose choice answers carry weights (FHIR R4 JSON)." };
        var command = new Command(
            "import-questionnaire",
            "Print a content pack made from a weighted Questionnaire: one assessment whose total is the sum of the answers' weights. Items "
                + "without weights are left out and named on standard error.")
        {
            questionnaire,
        };
#if NATIVE_TOOL
        command.SetAction(_ => host.Interruptible(() => FhirCompanion.Run(host.Arguments, host.Error)));
#else
        command.SetAction(parse => FhirCommands.ImportQuestionnaire(host, parse.GetValue(questionnaire)!));
#endif
        return command;
    }
}
