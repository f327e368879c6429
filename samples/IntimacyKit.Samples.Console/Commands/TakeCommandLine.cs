using System.CommandLine;
using IntimacyKit.Content;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>take: the command, its options (which the tool's root also takes: <c>intimacykit</c> alone takes the quick check) and its action.</summary>
internal sealed class TakeCommandLine
{
    private readonly Option<string> _assessment = new("--assessment")
    {
        Description = "The assessment to take: intimacy-profile, intimacy-quick-check or listening-check.",
        DefaultValueFactory = _ => DefaultContent.QuickCheckAssessmentId,
    };

    private readonly Option<string> _relationship = CommonOptions.Relationship();
    private readonly Option<FileInfo?> _pack = CommonOptions.Pack();
    private readonly Option<FileInfo?> _answers = new("--answers")
    {
        Description = "Answers as JSON ({\"item-id\": value, null to skip, or \"n/a\" for does not apply}) or CSV (item,value lines); no prompts.",
    };

    private readonly Option<bool> _json = new("--json") { Description = "Print the result as JSON." };
    private readonly Option<FileInfo?> _support = CommonOptions.Support();
    private readonly Option<bool> _explain = new("--explain") { Description = "Also show how each score was worked out (items, reverse keying, band "
        + "cut-offs)." };
    private readonly Option<FileInfo?> _resume = new("--resume") { Description = "Carry on with answers saved half-way through (choose '(save and finish "
        + "later)' at any statement)." };
    private readonly CommandHost _host;

    public TakeCommandLine(CommandHost host)
    {
        _host = host;
        Command = new Command("take", "Take an assessment: one statement at a time in a terminal, or answers from --answers or standard input.");
        foreach (var option in Options)
        {
            Command.Options.Add(option);
        }

        Command.SetAction(Run);
    }

    public Command Command { get; }

    /// <summary>The options, in the order help lists them.</summary>
    public IEnumerable<Option> Options => [_assessment, _relationship, _pack, _answers, _json, _support, _explain, _resume];

    public int Run(ParseResult parse)
    {
        var (catalog, pipeline) = _host.ContentFor(parse.GetValue(_pack));
        return new TakeCommand(catalog, pipeline, _host.Console, _host.Error, _host.SupportFor(parse.GetValue(_support)), parse.GetValue(_explain), _host.Text)
            .Run(
                parse.GetValue(_assessment)!,
                parse.GetValue(_relationship)!,
                parse.GetValue(_answers),
                parse.GetValue(_json),
                _host.Input,
                _host.InputRedirected,
                parse.GetResult(_relationship) is { Implicit: false },
                parse.GetValue(_resume));
    }
}
