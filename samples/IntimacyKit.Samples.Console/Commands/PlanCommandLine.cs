using System.CommandLine;
using IntimacyKit.Content;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>plan: a practice plan from a saved result, with an optional calendar.</summary>
internal static class PlanCommandLine
{
    public static Command Create(CommandHost host)
    {
        var text = host.Text;
        var result = new Option<FileInfo>("--result") { Description = text.HelpPlanResult, Required = true };
        var weeks = new Option<int>("--weeks") { Description = text.HelpWeeks, DefaultValueFactory = _ => 4 };
        var days = new Option<int>("--days-per-week") { Description = text.HelpDaysPerWeek, DefaultValueFactory = _ => 3 };
        var minutes = new Option<int>("--minutes") { Description = text.HelpMinutes, DefaultValueFactory = _ => 20 };
        var ics = new Option<FileInfo?>("--ics") { Description = text.HelpIcs };
        var modes = new Option<ExerciseMode[]>("--modes") { Description = text.HelpModes, AllowMultipleArgumentsPerToken = true };
        var pack = CommonOptions.Pack(text);
        var support = CommonOptions.Support(text);
        var command = new Command("plan", text.HelpPlan) { result, weeks, days, minutes, modes, ics, pack, support };
        command.SetAction(parse => new ReportCommands(host.CatalogFor(parse.GetValue(pack)), host.Console, host.SupportFor(parse.GetValue(support)), text)
            .Plan(
                parse.GetValue(result)!,
                parse.GetValue(weeks),
                parse.GetValue(days),
                parse.GetValue(minutes),
                parse.GetValue(modes) ?? [],
                parse.GetValue(ics),
                TimeProvider.System));
        return command;
    }
}
