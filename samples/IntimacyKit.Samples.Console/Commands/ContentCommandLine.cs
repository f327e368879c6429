using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>content: browse the catalog.</summary>
internal static class ContentCommandLine
{
    public static Command Create(CommandHost host)
    {
        var text = host.Text;
        var kind = new Argument<string>("kind") { Description = text.HelpContentKind };
        var id = new Argument<string?>("id") { Description = text.HelpContentId, Arity = ArgumentArity.ZeroOrOne };
        var pack = CommonOptions.Pack(text);
        var relationship = CommonOptions.Relationship(text);
        var command = new Command("content", text.HelpContent) { kind, id, pack, relationship };
        command.SetAction(parse => new ReportCommands(host.CatalogFor(parse.GetValue(pack)), host.Console, host.SupportFor(null), text)
            .Content(
                parse.GetValue(kind)!,
                parse.GetValue(id),
                parse.GetResult(relationship) is { Implicit: false } ? parse.GetValue(relationship) : null));
        return command;
    }
}
