using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>validate: content packs checked, every problem located.</summary>
internal static class ValidateCommandLine
{
    public static Command Create(CommandHost host)
    {
        var packs = new Argument<FileInfo[]>("packs") { Description = host.Text.HelpPacks, Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", host.Text.HelpValidate) { packs };
        command.SetAction(parse => ValidateCommand.Run(parse.GetValue(packs)!, host.Console, host.Error, host.Text));
        return command;
    }
}
