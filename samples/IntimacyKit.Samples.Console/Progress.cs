using IntimacyKit.Content;
using IntimacyKit.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// Answers saved half-way through an interactive <c>take</c>, to carry on with <c>take --resume FILE</c>: the assessment
/// and its version, the relationship, each answer so far and where to carry on.
/// </summary>
internal sealed class Progress
{
    public const string Format = "intimacykit/progress@1";

    private Progress(Assessment assessment, RelationshipKind kind, int?[] given, bool[] doesNotApply, int next)
    {
        Assessment = assessment;
        Kind = kind;
        Given = given;
        DoesNotApply = doesNotApply;
        Next = next;
    }

    public Assessment Assessment { get; }

    public RelationshipKind Kind { get; }

    public int?[] Given { get; }

    public bool[] DoesNotApply { get; }

    public int Next { get; }

    public static string ToJson(Assessment assessment, RelationshipKind kind, int?[] given, bool[] doesNotApply, int next, string culture)
    {
        var answers = new JObject();
        for (var i = 0; i < next; i++)
        {
            answers[assessment.Items[i].Id] = doesNotApply[i] ? AnswerText.NotApplicableText : given[i] is { } v ? new JValue(v) : JValue.CreateNull();
        }

        return new JObject
        {
            ["format"] = Format,
            ["assessment"] = assessment.Id,
            ["version"] = assessment.Version.ToString(),
            ["relationship"] = kind.Id,
            ["culture"] = culture,
            ["answers"] = answers,
        }.ToString(Formatting.Indented) + "\n";
    }

    public static Progress Read(FileInfo file, ContentCatalog catalog)
    {
        var text = AnswerText.Decode(InputFile.Read(file, "--resume", File.ReadAllBytes), file.Name);
        if (!IntimacyKitJson.TryParse(text, 8, file.Name, out var token, out var problem))
        {
            throw new UserException(
                $"--resume: {file.Name}:{problem.Line}:{problem.Column}: not saved answers ({problem.Message.TrimEnd('.')}).",
                ExitCodes.Invalid);
        }

        if (token is not JObject root)
        {
            throw new UserException($"--resume: {file.Name}: not saved answers (a JSON object is expected).", ExitCodes.Invalid);
        }

        if ((string?)root["format"] != Format)
        {
            throw new UserException($"--resume: {file.Name}: not answers saved by take (its \"format\" should be \"{Format}\").", ExitCodes.Invalid);
        }

        CheckCulture(root, catalog, file);
        var assessmentId = (string?)root["assessment"] ?? string.Empty;
        if (!catalog.TryGetAssessment(assessmentId, out var assessment))
        {
            throw new UserException($"--resume: {file.Name}: assessment '{assessmentId}' is not in the content.", ExitCodes.Invalid);
        }

        if ((string?)root["version"] != assessment.Version.ToString())
        {
            throw new UserException(
                $"--resume: {file.Name}: the answers are for version {(string?)root["version"]} of '{assessmentId}', but the content has " +
                $"{assessment.Version}; start again.",
                ExitCodes.Invalid);
        }

        var kindId = (string?)root["relationship"] ?? string.Empty;
        if (!catalog.TryGetRelationshipKind(kindId, out var kind))
        {
            throw new UserException($"--resume: {file.Name}: relationship kind '{kindId}' is not in the content.", ExitCodes.Invalid);
        }

        var given = new int?[assessment.Items.Length];
        var doesNotApply = new bool[assessment.Items.Length];
        var next = 0;
        if (root["answers"] is JObject answers)
        {
            for (var i = 0; i < assessment.Items.Length && answers.TryGetValue(assessment.Items[i].Id, out var value); i++)
            {
                doesNotApply[i] = value.Type == JTokenType.String && (string?)value == AnswerText.NotApplicableText;
                var scale = catalog.GetResponseScale(assessment, assessment.Items[i]);
                given[i] = value is JValue { Value: long v } && v >= scale.Min && v <= scale.Max ? (int)v : null;
                next = i + 1;
            }
        }

        return new Progress(assessment, kind, given, doesNotApply, next);
    }

    /// <summary>One instrument is answered in one language: answers saved in another carry on only in that one.</summary>
    private static void CheckCulture(JObject root, ContentCatalog catalog, FileInfo file)
    {
        var culture = catalog.Packs[0].Culture;
        if ((string?)root["culture"] is { Length: > 0 } saved && !CultureName.AreSame(saved, culture))
        {
            throw new UserException(
                $"--resume: {file.Name}: these answers were given in {saved}; carry on in the same language with --culture {saved}.", ExitCodes.Usage);
        }
    }
}
