using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>compare: two people's results side by side (the dyadic report).</summary>
internal static class CompareCommandLine
{
    public static Command Create(CommandHost host)
    {
        var text = host.Text;
        var resultA = new Argument<FileInfo>("result-a") { Description = text.HelpResultA };
        var resultB = new Argument<FileInfo>("result-b") { Description = text.HelpResultB };
        var support = CommonOptions.Support(text);
        var names = new Option<string?>("--names") { Description = text.HelpNames };
        var command = new Command("compare", text.HelpCompare) { resultA, resultB, support, names };
        command.SetAction(parse => new ReportCommands(host.DefaultCatalog, host.Console, host.SupportFor(parse.GetValue(support)), text)
            .Compare(parse.GetValue(resultA)!, parse.GetValue(resultB)!, parse.GetValue(names), host.CatalogIn));
        return command;
    }
}
