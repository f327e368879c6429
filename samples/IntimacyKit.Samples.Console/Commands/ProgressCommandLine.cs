using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>progress: change over time between saved results.</summary>
internal static class ProgressCommandLine
{
    public static Command Create(CommandHost host)
    {
        var results = new Argument<FileInfo[]>("results") { Description = "Two or more saved results of one assessment.", Arity = ArgumentArity.OneOrMore };
        var support = CommonOptions.Support();
        var command = new Command("progress", "Change over time, with the Reliable Change Index where norms allow.") { results, support };
        command.SetAction(parse => new ReportCommands(
            host.DefaultCatalog,
            host.Console,
            host.SupportFor(parse.GetValue(support))).Progress(parse.GetValue(results)!));
        return command;
    }
}
