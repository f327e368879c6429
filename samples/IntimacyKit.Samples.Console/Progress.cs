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

    public static string ToJson(Assessment assessment, RelationshipKind kind, int?[] given, bool[] doesNotApply, int next)
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
            ["answers"] = answers,
        }.ToString(Formatting.Indented) + "\n";
    }

    public static Progress Read(FileInfo file, ContentCatalog catalog)
    {
        JObject root;
        try
        {
            using var reader = IntimacyKitJson.CreateReader(new StringReader(AnswerText.Decode(InputFile.Read(file, "--resume", File.ReadAllBytes), file.Name)), 8);
            root = JObject.Load(reader, IntimacyKitJson.CreateLoadSettings());
            if (reader.Read())
            {
                throw new UserException($"--resume: {file.Name}:{reader.LineNumber}:{reader.LinePosition}: not saved answers (unexpected content after the JSON object).", ExitCodes.Invalid);
            }
        }
        catch (JsonReaderException exception)
        {
            throw new UserException($"--resume: {file.Name}:{exception.LineNumber}:{exception.LinePosition}: not saved answers ({exception.Message.Split(" Path '")[0].TrimEnd('.')}).", ExitCodes.Invalid);
        }

        if ((string?)root["format"] != Format)
        {
            throw new UserException($"--resume: {file.Name}: not answers saved by take (its \"format\" should be \"{Format}\").", ExitCodes.Invalid);
        }

        var assessmentId = (string?)root["assessment"] ?? string.Empty;
        if (!catalog.TryGetAssessment(assessmentId, out var assessment))
        {
            throw new UserException($"--resume: {file.Name}: assessment '{assessmentId}' is not in the content.", ExitCodes.Invalid);
        }

        if ((string?)root["version"] != assessment.Version.ToString())
        {
            throw new UserException($"--resume: {file.Name}: the answers are for version {(string?)root["version"]} of '{assessmentId}', but the content has {assessment.Version}; start again.", ExitCodes.Invalid);
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
}
