using System.CommandLine;
using IntimacyKit.Content;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>plan: a practice plan from a saved result, with an optional calendar.</summary>
internal static class PlanCommandLine
{
    public static Command Create(CommandHost host)
    {
        var result = new Option<FileInfo>("--result") { Description = "A result saved with take --json.", Required = true };
        var weeks = new Option<int>("--weeks") { Description = "Weeks (1-52).", DefaultValueFactory = _ => 4 };
        var days = new Option<int>("--days-per-week") { Description = "Practice days per week (1-7).", DefaultValueFactory = _ => 3 };
        var minutes = new Option<int>("--minutes") { Description = "Minutes per practice day (5-240).", DefaultValueFactory = _ => 20 };
        var ics = new Option<FileInfo?>("--ics") { Description = "Save the plan as an iCalendar file." };
        var modes = new Option<ExerciseMode[]>("--modes")
        {
            Description = "Only these kinds of exercise: solo, together, journal, conversation (default: any).",
            AllowMultipleArgumentsPerToken = true,
        };
        var pack = CommonOptions.Pack();
        var support = CommonOptions.Support();
        var command = new Command("plan", "A practice plan from a saved result.") { result, weeks, days, minutes, modes, ics, pack, support };
        command.SetAction(parse => new ReportCommands(host.CatalogFor(parse.GetValue(pack)), host.Console, host.SupportFor(parse.GetValue(support)))
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
