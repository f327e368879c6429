using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>compare: two people's results side by side (the dyadic report).</summary>
internal static class CompareCommandLine
{
    public static Command Create(CommandHost host)
    {
        var resultA = new Argument<FileInfo>("result-a") { Description = "The first person's saved result." };
        var resultB = new Argument<FileInfo>("result-b") { Description = "The second person's saved result." };
        var support = CommonOptions.Support();
        var names = new Option<string?>("--names") { Description = "What to call the two people, comma-separated, such as \"Sam,Alex\" (default: the file "
            + "names)." };
        var command = new Command("compare", "Two people's results of the same assessment side by side.") { resultA, resultB, support, names };
        command.SetAction(parse => new ReportCommands(host.DefaultCatalog, host.Console, host.SupportFor(parse.GetValue(support)))
            .Compare(parse.GetValue(resultA)!, parse.GetValue(resultB)!, parse.GetValue(names)));
        return command;
    }
}
