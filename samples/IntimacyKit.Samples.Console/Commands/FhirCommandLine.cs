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
        var command = new Command("fhir", host.Text.HelpFhir)
        {
            Export(host),
            ImportResponse(host),
            ImportQuestionnaire(host),
        };
        return command;
    }

    private static Command Export(CommandHost host)
    {
        var text = host.Text;
        var assessment = new Option<string>("--assessment") { Description = text.HelpExportAssessment, Required = true };
        var relationship = new Option<string?>("--relationship") { Description = text.HelpExportRelationship };
        var pack = CommonOptions.Pack(text);
        var command = new Command("export", text.HelpFhirExport)
        {
            assessment, relationship, pack,
        };
#if NATIVE_TOOL
        command.SetAction(_ => host.Interruptible(() => FhirCompanion.Run(host.Arguments, host.Error, host.Text)));
#else
        command.SetAction(parse => FhirCommands.Export(host, parse.GetValue(assessment)!, parse.GetValue(relationship), parse.GetValue(pack)));
#endif
        return command;
    }

    private static Command ImportResponse(CommandHost host)
    {
        var text = host.Text;
        var questionnaire = new Argument<FileInfo>("questionnaire") { Description = text.HelpQuestionnaire };
        var response = new Argument<FileInfo>("response") { Description = text.HelpResponse };
        var relationship = new Option<string?>("--relationship") { Description = text.HelpResponseRelationship };
        var json = new Option<bool>("--json") { Description = text.HelpResultJson };
        var explain = new Option<bool>("--explain") { Description = text.HelpExplainShort };
        var pack = CommonOptions.Pack(text);
        var support = CommonOptions.Support(text);
        var command = new Command("import-response", text.HelpImportResponse)
        {
            questionnaire, response, relationship, json, explain, pack, support,
        };
#if NATIVE_TOOL
        command.SetAction(_ => host.Interruptible(() => FhirCompanion.Run(host.Arguments, host.Error, host.Text)));
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
        var questionnaire = new Argument<FileInfo>("questionnaire") { Description = host.Text.HelpWeightedQuestionnaire };
        var command = new Command("import-questionnaire", host.Text.HelpImportQuestionnaire)
        {
            questionnaire,
        };
#if NATIVE_TOOL
        command.SetAction(_ => host.Interruptible(() => FhirCompanion.Run(host.Arguments, host.Error, host.Text)));
#else
        command.SetAction(parse => FhirCommands.ImportQuestionnaire(host, parse.GetValue(questionnaire)!));
#endif
        return command;
    }
}
