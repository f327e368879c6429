using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>progress: change over time between saved results.</summary>
internal static class ProgressCommandLine
{
    public static Command Create(CommandHost host)
    {
        var text = host.Text;
        var results = new Argument<FileInfo[]>("results") { Description = text.HelpProgressResults, Arity = ArgumentArity.OneOrMore };
        var support = CommonOptions.Support(text);
        var norms = new Option<FileInfo?>("--norms") { Description = text.HelpNormsIn };
        var command = new Command("progress", text.HelpProgress) { results, support, norms };
        command.SetAction(parse => new ReportCommands(host.DefaultCatalog, host.Console, host.SupportFor(parse.GetValue(support)), text)
            .Progress(parse.GetValue(results)!, parse.GetValue(norms)));
        return command;
    }
}
