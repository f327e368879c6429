using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>Options several commands take, worded once, in the person's language.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo?> Pack(ConsoleText text) => new("--pack") { Description = text.HelpPack };

    public static Option<FileInfo?> Support(ConsoleText text) => new("--support") { Description = text.HelpSupport };

    public static Option<string> Relationship(ConsoleText text) => new("--relationship")
    {
        Description = text.HelpRelationship,
        DefaultValueFactory = _ => "romantic",
    };

    /// <summary>The assessment a file of responses answers (score, analyze).</summary>
    public static Option<string> RequiredAssessment(ConsoleText text) => new("--assessment") { Description = text.HelpRequiredAssessment, Required = true };

    /// <summary>The responses file (score, analyze).</summary>
    public static Option<FileInfo> Input(ConsoleText text) => new("--input") { Description = text.HelpInput, Required = true };

    /// <summary>The relationship kind of rows that do not name one (score, analyze).</summary>
    public static Option<string?> RowRelationship(ConsoleText text) => new("--relationship") { Description = text.HelpRowRelationship };
}
