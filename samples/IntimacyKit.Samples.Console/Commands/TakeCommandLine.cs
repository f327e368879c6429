using System.CommandLine;
using IntimacyKit.Content;

namespace IntimacyKit.Samples.Console.Commands;

/// <summary>take: the command, its options (which the tool's root also takes: <c>intimacykit</c> alone takes the quick check) and its action.</summary>
internal sealed class TakeCommandLine
{
    private readonly Option<string> _assessment;
    private readonly Option<string> _relationship;
    private readonly Option<FileInfo?> _pack;
    private readonly Option<FileInfo?> _answers;
    private readonly Option<bool> _json;
    private readonly Option<FileInfo?> _support;
    private readonly Option<bool> _explain;
    private readonly Option<FileInfo?> _resume;
    private readonly CommandHost _host;

    public TakeCommandLine(CommandHost host)
    {
        _host = host;
        var text = host.Text;
        _assessment = new("--assessment") { Description = text.HelpTakeAssessment, DefaultValueFactory = _ => DefaultContent.QuickCheckAssessmentId };
        _relationship = CommonOptions.Relationship(text);
        _pack = CommonOptions.Pack(text);
        _answers = new("--answers") { Description = text.HelpAnswers };
        _json = new("--json") { Description = text.HelpResultJson };
        _support = CommonOptions.Support(text);
        _explain = new("--explain") { Description = text.HelpExplain };
        _resume = new("--resume") { Description = text.HelpResume };
        Command = new Command("take", text.HelpTake);
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
