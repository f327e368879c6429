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

    public static Progress Read(FileInfo file, ContentCatalog catalog, ConsoleText text)
    {
        var json = AnswerText.Decode(InputFile.Read(file, "--resume", text, File.ReadAllBytes), file.Name, text);
        if (!IntimacyKitJson.TryParse(json, 8, file.Name, out var token, out var problem))
        {
            throw new UserException(
                text.Format(text.ResumeNotJson, file.Name, problem.Line, problem.Column, problem.Message.TrimEnd('.')),
                ExitCodes.Invalid);
        }

        if (token is not JObject root)
        {
            throw new UserException(text.Format(text.ResumeNotObject, file.Name), ExitCodes.Invalid);
        }

        if ((string?)root["format"] != Format)
        {
            throw new UserException(text.Format(text.ResumeNotProgress, file.Name, Format), ExitCodes.Invalid);
        }

        CheckCulture(root, catalog, file, text);
        var assessmentId = (string?)root["assessment"] ?? string.Empty;
        if (!catalog.TryGetAssessment(assessmentId, out var assessment))
        {
            throw new UserException(text.Format(text.ResumeNoAssessment, file.Name, assessmentId), ExitCodes.Invalid);
        }

        if ((string?)root["version"] != assessment.Version.ToString())
        {
            throw new UserException(
                text.Format(text.ResumeOtherVersion, file.Name, (string?)root["version"], assessmentId, assessment.Version),
                ExitCodes.Invalid);
        }

        var kindId = (string?)root["relationship"] ?? string.Empty;
        if (!catalog.TryGetRelationshipKind(kindId, out var kind))
        {
            throw new UserException(text.Format(text.ResumeNoRelationshipKind, file.Name, kindId), ExitCodes.Invalid);
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
    private static void CheckCulture(JObject root, ContentCatalog catalog, FileInfo file, ConsoleText text)
    {
        var culture = catalog.Packs[0].Culture;
        if ((string?)root["culture"] is { Length: > 0 } saved && !CultureName.AreSame(saved, culture))
        {
            throw new UserException(text.Format(text.ResumeOtherLanguage, file.Name, saved), ExitCodes.Usage);
        }
    }
}
