using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>validate: content packs checked, every problem located.</summary>
internal static class ValidateCommandLine
{
    public static Command Create(CommandHost host)
    {
        var packs = new Argument<FileInfo[]>("packs") { Description = "Content pack files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check content packs; every problem as file:line:column: path: message.") { packs };
        command.SetAction(parse => ValidateCommand.Run(parse.GetValue(packs)!, host.Console, host.Error));
        return command;
    }
}
