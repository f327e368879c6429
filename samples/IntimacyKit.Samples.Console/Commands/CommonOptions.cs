using System.CommandLine;
namespace IntimacyKit.Samples.Console.Commands;

/// <summary>Options several commands take, worded once.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo?> Pack() => new("--pack") { Description = "A content pack to use instead of the embedded default." };

    public static Option<FileInfo?> Support() => new("--support")
    {
        Description = "Real support contacts for your region, as JSON ({\"region\": ..., \"contacts\": [{\"kind\", \"name\", \"phone\"|\"text\"|\"url\"}]}), "
            + "shown under each kind of help.",
    };

    public static Option<string> Relationship() => new("--relationship")
    {
        Description = "The relationship the answers are about: romantic, sibling, parent-child, child-parent or friendship.",
        DefaultValueFactory = _ => "romantic",
    };

    /// <summary>The assessment a file of responses answers (score, analyze).</summary>
    public static Option<string> RequiredAssessment() => new("--assessment") { Description = "The assessment the responses answer.", Required = true };

    /// <summary>The responses file (score, analyze).</summary>
    public static Option<FileInfo> Input() => new("--input")
    {
        Description = "Responses: .csv (header of item ids, optional id and relationship columns; an empty cell is a skip) or .jsonl.",
        Required = true,
    };

    /// <summary>The relationship kind of rows that do not name one (score, analyze).</summary>
    public static Option<string?> RowRelationship()
        => new("--relationship") { Description = "The relationship kind of rows without a relationship column (default: the pack's first)." };
}
