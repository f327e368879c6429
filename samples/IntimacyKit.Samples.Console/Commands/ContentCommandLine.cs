using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>content: browse the catalog.</summary>
internal static class ContentCommandLine
{
    public static Command Create(CommandHost host)
    {
        var kind = new Argument<string>("kind") { Description = "obstacles, exercises or assessments." };
        var id = new Argument<string?>("id") { Description = "Show one in full.", Arity = ArgumentArity.ZeroOrOne };
        var pack = CommonOptions.Pack();
        var relationship = CommonOptions.Relationship();
        var command = new Command(
            "content",
            "Browse the catalog (the embedded default pack unless --pack); an assessment's statements are shown as the chosen relationship reads them.")
        {
            kind, id, pack, relationship,
        };
        command.SetAction(parse => new ReportCommands(host.CatalogFor(parse.GetValue(pack)), host.Console, host.SupportFor(null))
            .Content(parse.GetValue(kind)!, parse.GetValue(id), parse.GetValue(relationship)!));
        return command;
    }
}
