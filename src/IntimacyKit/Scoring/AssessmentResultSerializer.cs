using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Serialization;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Scoring;

/// <summary>
/// Writes results as self-contained JSON in the format <c>intimacykit/result@1</c> (documented in
/// docs/scoring-pipeline.md) and reads them back without the content they were scored with, so that storage needs
/// nothing else. Reading the output gives a result that writes the same JSON again.
/// </summary>
public static class AssessmentResultSerializer
{
    // The result's own enums, spelled beside the result (content enums are spelled in Serialization.JsonNames).
    private static readonly FrozenDictionary<string, QualityFlagKind> QualityKinds = JsonNames.Names([.. Enum.GetValues<QualityFlagKind>().Select(static k => (
        QualityFlag.NameOf(k),
        k))]);

    private static readonly FrozenDictionary<string, ScoreStatus> Statuses = JsonNames.Names(
        ("scored", ScoreStatus.Scored),
        ("not-scored", ScoreStatus.NotScored));

    /// <summary>Why a score was not produced; <see cref="NotScoredReason.None"/> has no name (the property is left out).</summary>
    private static readonly FrozenDictionary<string, NotScoredReason> Reasons = JsonNames.Names(
        ("too-few-answers", NotScoredReason.TooFewAnswers), ("too-few-scales", NotScoredReason.TooFewScales),
        ("pipeline-stopped", NotScoredReason.PipelineStopped), ("withheld", NotScoredReason.Withheld));

    /// <summary>The format identifier written in every result's <c>format</c> property.</summary>
    public const string Format = "intimacykit/result@1";

    private static readonly FrozenSet<string> RootMembers = Set(
        "format",
        "disclaimer",
        "notices",
        "assessment",
        "relationshipKind",
        "culture",
        "showsBands",
        "respondentId",
        "completedAt",
        "stoppedAfter",
        "imputation",
        "items",
        "answers",
        "scales",
        "composites",
        "safetyFlags",
        "screenResources",
        "qualityFlags",
        "warnings",
        "recommendations");
    private static readonly FrozenSet<string> AssessmentMembers = Set("id", "version", "title", "responseMin", "responseMax");
    private static readonly FrozenSet<string> ItemMembers = Set("id", "reverse", "obstacle");
    private static readonly FrozenSet<string> AnswerMembers = Set("item", "value", "notApplicable", "seconds");
    private static readonly FrozenSet<string> ScoreMembers = Set(
        "id",
        "title",
        "obstacle",
        "category",
        "aggregate",
        "minRequired",
        "lowest",
        "highest",
        "items",
        "components",
        "bands",
        "status",
        "reason",
        "value",
        "answered",
        "imputed",
        "band",
        "norms",
        "z",
        "protective",
        "aboutOther");
    private static readonly FrozenSet<string> NoticesMembers = Set("disclaimer", "concern", "urgent", "privacy");
    private static readonly FrozenSet<string> ComponentMembers = Set("scale", "weight");
    private static readonly FrozenSet<string> SafetyMembers = Set(
        "flag",
        "severity",
        "rule",
        "item",
        "answer",
        "notAnswered",
        "risk",
        "message",
        "threshold",
        "resources");
    private static readonly FrozenSet<string> QualityMembers = Set("kind", "message", "items", "scale");
    private static readonly FrozenSet<string> WarningMembers = Set("code", "message", "item");
    private static readonly FrozenSet<string> RecommendationMembers = Set("exercise", "reasons", "explanation");
    private static readonly FrozenSet<string> ReasonMembers = Set("obstacle", "score", "value", "band", "rule");

    /// <summary>Writes a result as indented JSON.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(AssessmentResult result)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(result, text);
        return text.ToString();
    }

    /// <summary>Writes a result as indented JSON.</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">The destination; not closed.</param>
    public static void Write(AssessmentResult result, TextWriter writer)
    {
        Guard.NotNull(result);
        Guard.NotNull(writer);
        using var json = IntimacyKitJson.CreateWriter(writer);
        ToToken(result).WriteTo(json);
        json.Flush();
        writer.Write('\n');
    }

    /// <summary>Reads a result written by <see cref="Write"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The result.</returns>
    /// <exception cref="FormatException">The text is not a valid result; the message lists every problem with its path and line.</exception>
    public static AssessmentResult Read(string json) => TryRead(json, out var result, out var problems)
        ? result
        : throw new FormatException(
            (problems is [{ Code: ContentProblemCodes.Syntax or ContentProblemCodes.DuplicateProperty }] ? "The result is not well-formed "
                + "JSON:" : "The result JSON is invalid:")
            + string.Concat(problems.Select(static p => "\n  " + p)));

    /// <summary>Reads a result written by <see cref="Write"/>, without throwing for text that is not one.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="result">The result, when the text is a valid one.</param>
    /// <param name="problems">Otherwise every problem, each with its JSON path, line and column; empty on success.</param>
    /// <returns>Whether the text is a valid result.</returns>
    public static bool TryRead(string json, [NotNullWhen(true)] out AssessmentResult? result, out ImmutableArray<ContentProblem> problems)
    {
        Guard.NotNull(json);
        result = null;
        if (!JsonText.TryParse(json, 32, null, "the result", out var root, out var problem))
        {
            problems = [problem];
            return false;
        }

        var binder = new JsonBinder("result");
        try
        {
            result = Bind(root, binder);
        }
        catch (OverflowException)
        {
            // A count or time beyond what its field holds (the project checks arithmetic): a problem, never a crash.
            problems = [new ContentProblem(
                ContentProblemCodes.InvalidValue,
                "The result holds a number too large for its field (an answer time, a count or a band).",
                "$")];
            return false;
        }

        if (result is null || binder.Problems.Count > 0)
        {
            result = null;
            problems = binder.Problems.Count > 0 ? [.. binder.Problems] : [new ContentProblem(
                ContentProblemCodes.InvalidValue,
                "The text is not a result saved by IntimacyKit.",
                "$")];
            return false;
        }

        problems = [];
        return true;
    }

    private static JObject ToToken(AssessmentResult result)
    {
        var layout = result.Layout;
        var root = new JObject
        {
            ["format"] = Format,
            ["disclaimer"] = layout.Notices.Disclaimer,
            ["notices"] = WriteNotices(layout.Notices),
            ["assessment"] = WriteAssessment(layout),
            ["relationshipKind"] = result.RelationshipKind,
            ["culture"] = layout.Culture,
            ["showsBands"] = layout.ShowsBands,
        };
        if (result.RespondentId is not null)
        {
            root["respondentId"] = result.RespondentId;
        }

        root["completedAt"] = result.CompletedAt.ToString("O", CultureInfo.InvariantCulture);
        if (result.StoppedAfter is not null)
        {
            root["stoppedAfter"] = result.StoppedAfter;
        }

        if (result.Imputation is { } imputation)
        {
            root["imputation"] = ImputationJson.Write(imputation);
        }

        root["items"] = new JArray(layout.ItemIds.Select((id, i) => WriteItem(layout, id, i)));
        root["answers"] = new JArray(result.Answers.Select(WriteAnswer));
        root["scales"] = new JArray(Enumerable.Range(0, layout.ScaleCount).Select(i => Score(result, i)));
        root["composites"] = new JArray(Enumerable.Range(layout.ScaleCount, layout.Scores.Length - layout.ScaleCount).Select(i => Score(result, i)));
        root["safetyFlags"] = new JArray(result.SafetyFlags.Select(WriteSafetyFlag));
        // Every kind of help the screen can offer, flagged or not: a shared (dyadic) view read back from files shows the
        // same panel whichever person raised a flag, so it must not be rebuilt from this result's own flags.
        root["screenResources"] = new JArray(layout.ScreenResources.Select(Resource));
        root["qualityFlags"] = new JArray(result.QualityFlags.Select(WriteQualityFlag));
        root["warnings"] = new JArray(result.Warnings.Select(WriteWarning));
        root["recommendations"] = new JArray(result.Recommendations.Select(WriteRecommendation));
        return root;
    }

    /// <summary>The pack's safety notices other than the disclaimer (which the root holds).</summary>
    private static JObject WriteNotices(PackNotices notices) => new()
    {
        ["concern"] = notices.Concern,
        ["urgent"] = notices.Urgent,
        ["privacy"] = notices.Privacy,
    };

    private static JObject WriteAssessment(ResultLayout layout) => new()
    {
        ["id"] = layout.AssessmentId,
        ["version"] = layout.AssessmentVersion.ToString(),
        ["title"] = layout.AssessmentTitle,
        ["responseMin"] = layout.ResponseMin,
        ["responseMax"] = layout.ResponseMax,
    };

    private static JObject WriteItem(ResultLayout layout, string id, int index)
    {
        var item = new JObject { ["id"] = id };
        if (layout.ItemReverse[index])
        {
            item["reverse"] = true;
        }

        if (layout.ItemObstacles[index] is { } obstacle)
        {
            item["obstacle"] = obstacle;
        }

        return item;
    }

    private static JObject WriteAnswer(Answer a)
    {
        var answer = new JObject { ["item"] = a.ItemId, ["value"] = a.Value is { } v ? new JValue(v) : JValue.CreateNull() };
        if (a.DoesNotApply)
        {
            answer["notApplicable"] = true;
        }

        if (a.ResponseTime is { } time)
        {
            answer["seconds"] = time.Ticks / (double)TimeSpan.TicksPerSecond;
        }

        return answer;
    }

    private static JObject WriteSafetyFlag(SafetyFlag f) => new()
    {
        ["flag"] = f.Flag,
        ["severity"] = JsonNames.NameOf(JsonNames.Severities, f.Severity),
        ["rule"] = f.RuleId,
        ["item"] = f.ItemId,
        ["answer"] = f.Answer is { } answer ? new JValue(answer) : JValue.CreateNull(),
        ["notAnswered"] = f.NotAnswered,
        ["risk"] = JsonNames.NameOf(JsonNames.Risks, f.Risk),
        ["message"] = f.Message is null ? JValue.CreateNull() : new JValue(f.Message),
        ["threshold"] = f.Threshold,
        ["resources"] = new JArray(f.Resources.Select(Resource)),
    };

    private static JObject WriteQualityFlag(QualityFlag q)
    {
        var flag = new JObject { ["kind"] = JsonNames.NameOf(QualityKinds, q.Kind), ["message"] = q.Message, ["items"] = new JArray(q.ItemIds) };
        if (q.ScaleId is not null)
        {
            flag["scale"] = q.ScaleId;
        }

        return flag;
    }

    private static JObject WriteWarning(ScoringProblem w)
    {
        var warning = new JObject { ["code"] = w.Code, ["message"] = w.Message };
        if (w.ItemId is not null)
        {
            warning["item"] = w.ItemId;
        }

        return warning;
    }

    private static JObject WriteRecommendation(Recommendation r) => new()
    {
        ["exercise"] = DefinitionJson.Write(r.Exercise),
        ["reasons"] = new JArray(r.Reasons.Select(WriteReason)),
        ["explanation"] = r.Explanation,
    };

    private static JObject WriteReason(RecommendationReason x) => new()
    {
        ["obstacle"] = x.ObstacleId,
        ["score"] = x.ScoreId,
        ["value"] = x.Score,
        ["band"] = x.BandId is null ? JValue.CreateNull() : new JValue(x.BandId),
        ["rule"] = x.Rule,
    };

    private static Answer ReadAnswer(JsonBinder.ObjectView a)
    {
        var item = a.RequiredString("item");
        var time = a.Token["seconds"] is null ? (TimeSpan?)null : TimeSpan.FromTicks((long)Math.Round(a.RequiredNumber("seconds") * TimeSpan.TicksPerSecond));
        if (a.OptionalBool("notApplicable"))
        {
            return Answer.NotApplicable(item, time);
        }

        return new Answer(item, a.Token["value"]?.Type == JTokenType.Null ? null : a.RequiredInt("value"), time);
    }

    // Bands, norms and support resources are written and read as a content pack has them: one shape, one place.
    private static JObject Resource(SupportResource r) => DefinitionJson.Write(r);

    private static SupportResource? BindResource(JsonBinder binder, JToken token, string path) => ContentPackJson.BindSupportResource(binder, token, path);

    private static JObject Score(AssessmentResult result, int index)
    {
        var layout = result.Layout.Scores[index];
        var score = new JObject { ["id"] = layout.Id, ["title"] = layout.Title };
        WriteDefinition(score, result, layout);
        WriteState(score, result, index);
        if (layout.Protective is not null)
        {
            score["protective"] = layout.Protective;
        }

        if (layout.AboutOther)
        {
            score["aboutOther"] = true;
        }

        return score;
    }

    /// <summary>Adds what the content defines about a score: from its obstacle and category to its bands.</summary>
    private static void WriteDefinition(JObject score, AssessmentResult result, ScoreLayout layout)
    {
        if (layout.Obstacle is not null)
        {
            score["obstacle"] = layout.Obstacle;
        }

        if (layout.Category is not null)
        {
            score["category"] = layout.Category;
        }

        score["aggregate"] = JsonNames.NameOf(JsonNames.Aggregations, layout.Aggregation);
        score["minRequired"] = layout.MinRequired;
        score["lowest"] = layout.Lowest;
        score["highest"] = layout.Highest;
        if (layout.IsComposite)
        {
            score["components"] = new JArray(layout.Members.Select((
                m,
                k) => new JObject { ["scale"] = result.Layout.Scores[m].Id, ["weight"] = layout.Weights[k] }));
        }
        else
        {
            score["items"] = new JArray(layout.Members.Select(m => result.Layout.ItemIds[m]));
        }

        if (!layout.Bands.IsEmpty && result.ShowsBands)
        {
            score["bands"] = new JArray(layout.Bands.Select(DefinitionJson.Write));
        }
    }

    /// <summary>Adds what scoring found for a score: from its status to its norms and z.</summary>
    private static void WriteState(JObject score, AssessmentResult result, int index)
    {
        var slot = result.Slots[index];
        score["status"] = JsonNames.NameOf(Statuses, slot.Status);
        if (slot.EffectiveReason != NotScoredReason.None)
        {
            score["reason"] = JsonNames.NameOf(Reasons, slot.EffectiveReason);
        }

        if (slot.Status == ScoreStatus.Scored)
        {
            score["value"] = slot.Value;
        }

        score["answered"] = slot.Answered;
        if (result.ImputedAt(index) > 0)
        {
            score["imputed"] = result.ImputedAt(index);
        }
        if (slot.BandIndex >= 0 && result.ShowsBands)
        {
            score["band"] = result.Layout.Scores[index].Bands[slot.BandIndex].Id;
        }

        if (result.NormsOf(index) is { } norms)
        {
            score["norms"] = DefinitionJson.Write(norms, table: false);
        }

        if (result.ZOf(index) is { } z)
        {
            score["z"] = z;
        }
    }

    private static AssessmentResult? Bind(JToken root, JsonBinder binder)
    {
        if (binder.Object(root, "$", "a result", RootMembers) is not { } o || !CheckFormat(o, binder))
        {
            return null;
        }

        if (BindHeader(o, binder, root) is not { } header)
        {
            return null;
        }

        var relationshipKind = o.RequiredString("relationshipKind");
        var respondentId = o.OptionalString("respondentId");
        var completedAt = BindCompletedAt(o, binder);
        var entries = BindEntries(o);
        var notices = BindNotices(o);
        if (binder.Problems.Count > 0)
        {
            return null;
        }

        if (BindLayouts(binder, root, entries) is not { } scores)
        {
            return null;
        }

        var layout = new ResultLayout(
            header.Id,
            header.Version,
            header.Title,
            header.ResponseMin,
            header.ResponseMax,
            [.. entries.Items.Select(static i => i.Id)],
            [.. entries.Items.Select(static i => i.Reverse)],
            [.. scores.Select(static s => s.Layout)],
            entries.Scales.Length,
            notices,
            entries.ScreenResources,
            [.. entries.Items.Select(static i => i.Obstacle)])
        {
            Culture = o.OptionalString("culture") ?? "en",
            ShowsBands = o.Token["showsBands"] is not { Type: JTokenType.Boolean } shows || (bool)shows,
        };
        var result = new AssessmentResult(
            layout,
            new AssessmentResponse(header.Id, header.Version, relationshipKind, entries.Answers.Select(static a => a.Answer), completedAt, respondentId));
        RestoreSlots(result, entries, scores);
        result.StoppedAfter = o.OptionalString("stoppedAfter");
        result.Imputation = o.Token["imputation"] is { } imputation
            ? ImputationJson.Bind(binder, imputation, "$.imputation", header.Id, header.Version, layout.ItemIds)
            : null;
        result.Recommendations = entries.Recommendations;
        result.Restore(entries.Safety, entries.Quality, entries.Warnings);
        return result;
    }

    /// <summary>Whether the result is in <see cref="Format"/>; reports a format this version does not read.</summary>
    private static bool CheckFormat(JsonBinder.ObjectView o, JsonBinder binder)
    {
        if (o.RequiredString("format") is var format && format != Format && o.Token["format"]?.Type == JTokenType.String)
        {
            binder.Report(
                ContentProblemCodes.InvalidValue,
                "$.format",
                $"Format \"{format}\" is not supported; this version reads \"{Format}\".",
                o.Token["format"]);
            return false;
        }

        return true;
    }

    /// <summary>The assessment the result is of; reported as missing when it is absent or not an object.</summary>
    private static AssessmentHeader? BindHeader(JsonBinder.ObjectView o, JsonBinder binder, JToken root)
    {
        if (o.OptionalObject("assessment", BindAssessment) is { } header)
        {
            return header;
        }

        binder.Report(ContentProblemCodes.MissingProperty, "$.assessment", "'assessment' of a result should be an object; it is missing.", root);
        return null;
    }

    private static AssessmentHeader? BindAssessment(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "the assessment", AssessmentMembers) is { } a
            ? new AssessmentHeader(
                a.RequiredString("id"),
                a.RequiredVersion("version"),
                a.RequiredString("title"),
                a.RequiredInt("responseMin"),
                a.RequiredInt("responseMax"))
            : null;

    /// <summary>When the result was completed; reported (unless something already was) when not an ISO 8601 round-trip date and time.</summary>
    private static DateTimeOffset BindCompletedAt(JsonBinder.ObjectView o, JsonBinder binder)
    {
        var completedText = o.RequiredString("completedAt");
        if (!DateTimeOffset.TryParseExact(
            completedText,
            "O",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var completedAt) && binder.Problems.Count == 0)
        {
            binder.Report(
                ContentProblemCodes.InvalidValue,
                "$.completedAt",
                $"'completedAt' is \"{completedText}\"; expected an ISO 8601 round-trip date and time.",
                o.Token["completedAt"]);
        }

        return completedAt;
    }

    /// <summary>Every array of the result, read in the order the format lists them.</summary>
    private static ResultEntries BindEntries(JsonBinder.ObjectView o)
    {
        var items = o.Objects("items", required: true, BindItem);
        var answers = o.Objects("answers", required: true, BindAnswer);
        var scales = o.Objects("scales", required: true, BindScore);
        var composites = o.Objects("composites", required: true, BindScore);
        var safety = o.Objects("safetyFlags", required: false, BindSafety);
        var screenResources = o.Objects("screenResources", required: false, BindResource);
        var quality = o.Objects("qualityFlags", required: false, BindQuality);
        var warnings = o.Objects("warnings", required: false, BindWarning);
        var recommendations = o.Objects("recommendations", required: false, BindRecommendation);
        return new ResultEntries(items, answers, scales, composites, safety, screenResources, quality, warnings, recommendations);
    }

    private static ItemEntry? BindItem(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "an item", ItemMembers) is { } i
            ? new ItemEntry(i.RequiredString("id"), i.OptionalBool("reverse"), i.OptionalString("obstacle"))
            : null;

    private static AnswerEntry? BindAnswer(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "an answer", AnswerMembers) is { } a ? new AnswerEntry(ReadAnswer(a)) : null;

    private static ScoringProblem? BindWarning(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a warning", WarningMembers) is { } w
            ? new ScoringProblem(w.RequiredString("code"), w.RequiredString("message"), w.OptionalString("item"))
            : null;

    /// <summary>The disclaimer and notices, each falling back to the default pack's when the result leaves it out.</summary>
    private static PackNotices BindNotices(JsonBinder.ObjectView o)
    {
        var disclaimer = o.OptionalString("disclaimer");
        var noticeTexts = o.OptionalObject("notices", BindNoticeTexts);
        return disclaimer is null && noticeTexts is null
            ? PackNotices.Default
            : new PackNotices(
                disclaimer ?? PackNotices.Default.Disclaimer,
                noticeTexts?.Concern ?? PackNotices.Default.Concern,
                noticeTexts?.Urgent ?? PackNotices.Default.Urgent,
                noticeTexts?.Privacy ?? PackNotices.Default.Privacy);
    }

    private static NoticeTexts? BindNoticeTexts(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "the notices", NoticesMembers) is { } n
            ? new NoticeTexts(n.RequiredString("concern"), n.RequiredString("urgent"), n.RequiredString("privacy"))
            : null;

    /// <summary>
    /// The scales then the composites as scoring lays them out, each with the index of its band (-1 for none);
    /// <see langword="null"/> (reported) when one names an item, scale or band that the result does not list.
    /// </summary>
    private static List<(ScoreLayout Layout, int BandIndex)>? BindLayouts(JsonBinder binder, JToken root, ResultEntries entries)
    {
        var itemIndex = entries.Items.Select((item, i) => (item.Id, i)).ToDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        var scaleIndex = entries.Scales.Select((s, i) => (s.Id, i)).ToDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        var scores = new List<(ScoreLayout Layout, int BandIndex)>();
        foreach (var (entry, k) in entries.Scales.Concat(entries.Composites).Select((e, k) => (e, k)))
        {
            var position = entry.IsComposite ? k - entries.Scales.Length : k;
            if (BindLayout(binder, root, entry, position, entry.IsComposite ? scaleIndex : itemIndex) is not { } score)
            {
                return null;
            }

            scores.Add(score);
        }

        return scores;
    }

    /// <summary>
    /// One score as scoring lays it out, with the index of its band (-1 for none); <see langword="null"/> (reported)
    /// when it names an item or scale missing from <paramref name="index"/> or a band missing from its bands.
    /// </summary>
    private static (ScoreLayout Layout, int BandIndex)? BindLayout(
        JsonBinder binder,
        JToken root,
        ScoreEntry entry,
        int position,
        Dictionary<string, int> index)
    {
        var members = entry.Members.Select(m => index.GetValueOrDefault(m, -1)).ToArray();
        if (members.Contains(-1))
        {
            binder.Report(
                ContentProblemCodes.UnresolvedReference,
                $"$.{(entry.IsComposite ? "composites" : "scales")}[{position}]",
                $"Score '{entry.Id}' names an item or scale that the result does not list.",
                root);
            return null;
        }

        var bandIndex = entry.Band is null ? -1 : entry.Bands.IndexOf(entry.Bands.FirstOrDefault(b => b.Id == entry.Band)!);
        if (entry.Band is not null && bandIndex < 0)
        {
            binder.Report(
                ContentProblemCodes.UnresolvedReference,
                $"$.{(entry.IsComposite ? "composites" : "scales")}[{position}].band",
                $"Score '{entry.Id}' is in band '{entry.Band}', which its 'bands' do not list.",
                root);
            return null;
        }

        var layout = new ScoreLayout(
            entry.Id,
            entry.Title,
            entry.IsComposite,
            entry.Obstacle,
            entry.Category,
            entry.Aggregation,
            entry.MinRequired,
            members,
            entry.Weights,
            entry.Bands,
            entry.Norms,
            entry.Lowest,
            entry.Highest,
            entry.Protective,
            entry.AboutOther);
        return (layout, bandIndex);
    }

    /// <summary>Puts back each score's state as the result saved it: value, count, band, status, reason and z.</summary>
    private static void RestoreSlots(AssessmentResult result, ResultEntries entries, List<(ScoreLayout Layout, int BandIndex)> scores)
    {
        var all = entries.Scales.Concat(entries.Composites).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            result.Slots[i] = new ScoreSlot
            {
                Value = all[i].Value ?? 0,
                Answered = (short)all[i].Answered,
                BandPlusOne = (byte)(scores[i].BandIndex + 1),
                Status = all[i].Status,
                Reason = all[i].Reason,
            };
            if (all[i].Imputed > 0)
            {
                (result.ImputedCounts ??= new short[all.Count])[i] = (short)all[i].Imputed;
            }
            if (all[i].Z is { } z)
            {
                if (result.Z is null)
                {
                    result.Z = new double[all.Count];
                    result.Z.AsSpan().Fill(double.NaN);
                }

                result.Z[i] = z;
            }
        }
    }

    private static ScoreEntry? BindScore(JsonBinder binder, JToken token, string path)
    {
        if (binder.Object(token, path, "a score", ScoreMembers) is not { } s)
        {
            return null;
        }

        var isComposite = s.Token["components"] is not null;
        var members = isComposite
            ? s.Objects(
                "components",
                required: true,
                static (
                    b,
                    t,
                    p) => b.Object(
                        t,
                        p,
                        "a component",
                        ComponentMembers) is { } c ? new ComponentEntry(c.RequiredString("scale"), c.RequiredNumber("weight")) : null)
            : [];
        var status = s.RequiredEnum("status", Statuses, ScoreStatus.NotScored);
        return new ScoreEntry(
            s.RequiredString("id"),
            s.RequiredString("title"),
            isComposite,
            s.OptionalString("obstacle"),
            s.OptionalString("category"),
            s.RequiredEnum("aggregate", JsonNames.Aggregations, Aggregation.Mean),
            s.RequiredInt("minRequired"),
            s.RequiredNumber("lowest"),
            s.RequiredNumber("highest"),
            isComposite ? [.. members.Select(static m => m.Scale)] : s.Strings("items", required: true),
            isComposite ? [.. members.Select(static m => m.Weight)] : [],
            status,
            s.Token["reason"] is null ? NotScoredReason.None : s.RequiredEnum("reason", Reasons, NotScoredReason.Withheld),
            s.Token["value"] is null ? null : s.RequiredNumber("value"),
            s.RequiredInt("answered"),
            s.Objects("bands", required: false, ContentPackJson.BindBand),
            s.OptionalString("band"),
            s.OptionalObject("norms", ContentPackJson.BindNorms),
            s.Token["z"] is null ? null : s.RequiredNumber("z"),
            s.OptionalString("protective"),
            s.OptionalBool("aboutOther"))
        {
            Imputed = s.Token["imputed"] is null ? 0 : s.RequiredInt("imputed"),
        };
    }

    private static SafetyFlag? BindSafety(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a safety flag", SafetyMembers) is { } f
            ? new SafetyFlag(
                f.RequiredString("flag"),
                f.RequiredEnum("severity", JsonNames.Severities, SafetySeverity.Concern),
                f.RequiredString("rule"),
                f.RequiredString("item"),
                f.Token["answer"]?.Type == JTokenType.Null ? null : f.RequiredInt("answer"),
                f.RequiredInt("threshold"),
                f.Objects("resources", required: true, BindResource),
                f.Token["risk"] is null ? SafetyRisk.FromOther : f.RequiredEnum("risk", JsonNames.Risks, SafetyRisk.FromOther),
                f.Token["message"]?.Type == JTokenType.String ? f.OptionalString("message") : null)
            : null;

    private static QualityFlag? BindQuality(JsonBinder binder, JToken token, string path)
    {
        if (binder.Object(token, path, "a quality flag", QualityMembers) is not { } q)
        {
            return null;
        }

        var kind = q.RequiredEnum("kind", QualityKinds, QualityFlagKind.TooFast);
        return new QualityFlag(kind, q.RequiredString("message"), q.Strings("items", required: true), q.OptionalString("scale"));
    }

    private static Recommendation? BindRecommendation(JsonBinder binder, JToken token, string path)
    {
        if (binder.Object(token, path, "a recommendation", RecommendationMembers) is not { } r)
        {
            return null;
        }

        var exercise = r.OptionalObject("exercise", ContentPackJson.BindExercise);
        var reasons = r.Objects("reasons", required: true, static (b, t, p) => b.Object(t, p, "a reason", ReasonMembers) is { } x
            ? new RecommendationReason(
                x.RequiredString("obstacle"),
                x.RequiredString("score"),
                x.RequiredNumber("value"),
                x.Token["band"]?.Type == JTokenType.String ? x.RequiredString("band") : null,
                x.RequiredString("rule"))
            : null);
        return exercise is null ? null : new Recommendation(exercise, reasons, r.RequiredString("explanation"));
    }

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);

    private sealed record AssessmentHeader(string Id, SemanticVersion Version, string Title, int ResponseMin, int ResponseMax);

    private sealed record ItemEntry(string Id, bool Reverse, string? Obstacle);

    private sealed record NoticeTexts(string Concern, string Urgent, string Privacy);

    private sealed record AnswerEntry(Answer Answer);

    private sealed record ComponentEntry(string Scale, double Weight);

    /// <summary>Every array of a result as read, before the scores are laid out.</summary>
    private readonly record struct ResultEntries(
        ImmutableArray<ItemEntry> Items,
        ImmutableArray<AnswerEntry> Answers,
        ImmutableArray<ScoreEntry> Scales,
        ImmutableArray<ScoreEntry> Composites,
        ImmutableArray<SafetyFlag> Safety,
        ImmutableArray<SupportResource> ScreenResources,
        ImmutableArray<QualityFlag> Quality,
        ImmutableArray<ScoringProblem> Warnings,
        ImmutableArray<Recommendation> Recommendations);

    private sealed record ScoreEntry(
        string Id,
        string Title,
        bool IsComposite,
        string? Obstacle,
        string? Category,
        Aggregation Aggregation,
        int MinRequired,
        double Lowest,
        double Highest,
        ImmutableArray<string> Members,
        double[] Weights,
        ScoreStatus Status,
        NotScoredReason Reason,
        double? Value,
        int Answered,
        ImmutableArray<Band> Bands,
        string? Band,
        Norms? Norms,
        double? Z,
        string? Protective,
        bool AboutOther)
    {
        /// <summary>Missing answers filled in by imputation.</summary>
        public int Imputed { get; init; }
    }
}
