using System.Collections.Frozen;
using IntimacyKit.Content;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Serialization;

/// <summary>
/// The JSON shape of a content pack, both ways: binding a parsed tree into the model and writing the model as a tree.
/// Written by hand rather than by reflection so that every problem is located, unknown members are rejected by name,
/// and the code stays trim- and AOT-safe.
/// </summary>
internal static class ContentPackJson
{
    private static readonly FrozenSet<string> PackMembers = Members(
        "$schema",
        "format",
        "id",
        "version",
        "culture",
        "title",
        "license",
        "provenance",
        "relationshipKinds",
        "obstacles",
        "exercises",
        "responseScales",
        "assessments",
        "supportResources",
        "notices");
    private static readonly FrozenSet<string> RelationshipKindMembers = Members("id", "title", "target", "possessive", "note", "forms");
    private static readonly FrozenSet<string> ObstacleMembers = Members("id", "category", "title", "summary", "signs", "origins", "related");
    private static readonly FrozenSet<string> ExerciseMembers = Members(
        "id",
        "title",
        "summary",
        "steps",
        "targets",
        "mode",
        "difficulty",
        "minutes",
        "frequency",
        "relationshipKinds",
        "contraindications",
        "followUp");
    private static readonly FrozenSet<string> ResponseScaleMembers = Members("id", "min", "max", "labels");
    private static readonly FrozenSet<string> SupportResourceMembers = Members("id", "kind", "title", "description");
    private static readonly FrozenSet<string> AssessmentMembers = Members(
        "id",
        "version",
        "title",
        "instructions",
        "responseScale",
        "safetyPreface",
        "items",
        "scales",
        "composites",
        "safety",
        "dyadicPairs");
    private static readonly FrozenSet<string> ItemMembers = Members(
        "id",
        "text",
        "textByKind",
        "scale",
        "obstacle",
        "reverse",
        "notApplicable",
        "responseScale");
    private static readonly FrozenSet<string> ScaleMembers = Members(
        "id",
        "title",
        "obstacle",
        "category",
        "aggregate",
        "minAnswered",
        "bands",
        "norms",
        "protective",
        "aboutOther");
    private static readonly FrozenSet<string> BandMembers = Members("id", "label", "from", "to", "provenance");
    private static readonly FrozenSet<string> NormsMembers = Members("mean", "sd", "reliability", "source", "n", "table");
    private static readonly FrozenSet<string> NormsRowMembers = Members("score", "percentile", "t");
    private static readonly FrozenSet<string> CompositeMembers = Members("id", "title", "components", "minScales", "bands", "protective");
    private static readonly FrozenSet<string> ComponentMembers = Members("scale", "weight");
    private static readonly FrozenSet<string> SafetyRuleMembers = Members(
        "id",
        "item",
        "atLeast",
        "flag",
        "severity",
        "resources",
        "whenUnanswered",
        "resourcesWhenUnanswered",
        "risk",
        "message");
    private static readonly FrozenSet<string> NoticesMembers = Members("disclaimer", "concern", "urgent", "privacy");
    private static readonly FrozenSet<string> DyadicPairMembers = Members("id", "title", "selfItem", "otherItem");

    /// <summary>The properties each kind of JSON object may have, by the name the JSON Schema gives it; lets tests keep the schema in step.</summary>
    public static IReadOnlyDictionary<string, FrozenSet<string>> MembersByDefinition { get; } =
        new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["contentPack"] = PackMembers,
        ["relationshipKind"] = RelationshipKindMembers,
        ["obstacle"] = ObstacleMembers,
        ["exercise"] = ExerciseMembers,
        ["responseScale"] = ResponseScaleMembers,
        ["supportResource"] = SupportResourceMembers,
        ["assessment"] = AssessmentMembers,
        ["item"] = ItemMembers,
        ["scale"] = ScaleMembers,
        ["band"] = BandMembers,
        ["norms"] = NormsMembers,
        ["composite"] = CompositeMembers,
        ["component"] = ComponentMembers,
        ["safetyRule"] = SafetyRuleMembers,
        ["dyadicPair"] = DyadicPairMembers,
        ["notices"] = NoticesMembers,
    };

    /// <summary>Binds a parsed pack. Returns <see langword="null"/> with problems when the pack is invalid.</summary>
    public static ContentPack? BindPack(JToken root, JsonBinder binder)
    {
        if (binder.Object(root, "$", "the content pack", PackMembers) is not { } pack)
        {
            return null;
        }

        if (!BindFormat(pack, binder))
        {
            return null;
        }

        var id = pack.RequiredString("id");
        var version = pack.RequiredVersion("version");
        var culture = pack.RequiredString("culture");
        var title = pack.RequiredString("title");
        var license = pack.RequiredString("license");
        var provenance = pack.RequiredString("provenance");
        var kinds = pack.Objects("relationshipKinds", required: true, BindRelationshipKind);
        var obstacles = pack.Objects("obstacles", required: true, BindObstacle);
        var exercises = pack.Objects("exercises", required: true, BindExercise);
        var responseScales = pack.Objects("responseScales", required: true, BindResponseScale);
        var assessments = pack.Objects("assessments", required: true, BindAssessment);
        var resources = pack.Objects("supportResources", required: false, BindSupportResource);
        var notices = pack.OptionalObject("notices", BindNotices);

        if (ContentPack.TryCreate(
            id,
            version,
            culture,
            title,
            license,
            provenance,
            kinds,
            obstacles,
            exercises,
            responseScales,
            assessments,
            resources,
            notices,
            out var problems) is { } result)
        {
            return binder.Problems.Count == 0 ? result : null;
        }

        ReportModelProblems(root, binder, problems);
        return null;
    }

    /// <summary>
    /// Binds "$schema" and "format". Returns <see langword="false"/>, having reported it, when the format is not the one
    /// this version reads.
    /// </summary>
    private static bool BindFormat(JsonBinder.ObjectView pack, JsonBinder binder)
    {
        // "$schema" only points editors at the JSON Schema; it is accepted (as text) and not kept.
        pack.OptionalString("$schema");
        var format = pack.RequiredString("format");
        if (pack.Token["format"]?.Type == JTokenType.String && format != ContentPack.Format)
        {
            binder.Report(
                ContentProblemCodes.InvalidValue,
                "$.format",
                $"Format \"{format}\" is not supported; this version reads \"{ContentPack.Format}\".",
                pack.Token["format"]);
            return false;
        }

        return true;
    }

    /// <summary>Reports the problems the model found, located in the document, except those that repeat a binding problem.</summary>
    private static void ReportModelProblems(JToken root, JsonBinder binder, IReadOnlyList<ContentProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (!RepeatsBindingProblem(problem.Path, binder.ProblemPaths))
            {
                binder.Report(problem.Code, problem.Path, problem.Message, Locate(root, problem.Path));
            }
        }
    }

    public static JObject Write(ContentPack pack) => new(new JProperty?[]
    {
        new JProperty("format", ContentPack.Format),
        new JProperty("id", pack.Id),
        new JProperty("version", pack.Version.ToString()),
        new JProperty("culture", pack.Culture),
        new JProperty("title", pack.Title),
        new JProperty("license", pack.License),
        new JProperty("provenance", pack.Provenance),
        new JProperty("relationshipKinds", new JArray(pack.RelationshipKinds.Select(DefinitionJson.Write))),
        new JProperty("obstacles", new JArray(pack.Obstacles.Select(DefinitionJson.Write))),
        new JProperty("exercises", new JArray(pack.Exercises.Select(DefinitionJson.Write))),
        new JProperty("responseScales", new JArray(pack.ResponseScales.Select(DefinitionJson.Write))),
        new JProperty("assessments", new JArray(pack.Assessments.Select(DefinitionJson.Write))),
        new JProperty("supportResources", new JArray(pack.SupportResources.Select(DefinitionJson.Write))),
        pack.HasOwnNotices ? new JProperty("notices", DefinitionJson.Write(pack.Notices)) : null,
    }.Where(static p => p is not null));

    /// <summary>Finds the token a path names, or the nearest enclosing one that exists, for its line and column.</summary>
    public static JToken? Locate(JToken root, string path)
    {
        var current = path;
        while (true)
        {
            var relative = current.Length > 2 ? current[2..] : string.Empty;
            var token = relative.Length == 0 ? root : root.SelectToken(relative, errorWhenNoMatch: false);
            if (token is not null)
            {
                return token;
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 1)
            {
                return root;
            }

            current = current[..cut];
        }
    }

    private static bool RepeatsBindingProblem(string path, HashSet<string> problemPaths)
    {
        foreach (var problemPath in problemPaths)
        {
            if (path == problemPath
                || (path.StartsWith(problemPath, StringComparison.Ordinal) && path[problemPath.Length] is '.' or '['))
            {
                return true;
            }
        }

        return false;
    }

    private static RelationshipKind? BindRelationshipKind(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a relationship kind", RelationshipKindMembers) is { } o
            ? new RelationshipKind(
                o.RequiredString("id"),
                o.RequiredString("title"),
                o.RequiredString("target"),
                o.OptionalString("possessive"),
                o.OptionalString("note"),
                o.TextsByName("forms"))
            : null;

    private static Obstacle? BindObstacle(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "an obstacle", ObstacleMembers) is { } o
            ? new Obstacle(
                o.RequiredString("id"),
                o.RequiredString("category"),
                o.RequiredString("title"),
                o.RequiredString("summary"),
                o.Strings("signs", required: true),
                o.Strings("origins", required: true),
                o.Strings("related", required: false))
            : null;

    public static Exercise? BindExercise(JsonBinder binder, JToken token, string path)
    {
        if (binder.Object(token, path, "an exercise", ExerciseMembers) is not { } o)
        {
            return null;
        }

        var difficulty = o.RequiredInt("difficulty");
        if (o.Token["difficulty"]?.Type == JTokenType.Integer && difficulty is < 1 or > 3)
        {
            binder.Report(
                ContentProblemCodes.InvalidValue,
                path + ".difficulty",
                $"Difficulty {difficulty} is not allowed; value should be in range [1-3] (1 gentle, 2 steady, 3 stretching).",
                o.Token["difficulty"]);
        }

        return new Exercise(
            o.RequiredString("id"),
            o.RequiredString("title"),
            o.RequiredString("summary"),
            o.Strings("steps", required: true),
            o.Strings("targets", required: true),
            o.RequiredEnum("mode", JsonNames.Modes, ExerciseMode.Solo),
            difficulty is >= 1 and <= 3 ? (Difficulty)difficulty : Difficulty.Gentle,
            o.RequiredInt("minutes"),
            o.RequiredEnum("frequency", JsonNames.Frequencies, ExerciseFrequency.Once),
            o.Strings("relationshipKinds", required: true),
            o.Strings("contraindications", required: false),
            o.OptionalString("followUp"));
    }

    private static ResponseScale? BindResponseScale(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a response scale", ResponseScaleMembers) is { } o
            ? new ResponseScale(o.RequiredString("id"), o.RequiredInt("min"), o.RequiredInt("max"), o.Strings("labels", required: true))
            : null;

    internal static SupportResource? BindSupportResource(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a support resource", SupportResourceMembers) is { } o
            ? new SupportResource(o.RequiredString("id"), o.RequiredString("kind"), o.RequiredString("title"), o.RequiredString("description"))
            : null;

    private static Assessment? BindAssessment(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "an assessment", AssessmentMembers) is { } o
            ? new Assessment(
                o.RequiredString("id"),
                o.RequiredVersion("version"),
                o.RequiredString("title"),
                o.RequiredString("instructions"),
                o.RequiredString("responseScale"),
                o.Objects("items", required: true, BindItem),
                o.Objects("scales", required: true, BindScale),
                o.Objects("composites", required: false, BindComposite),
                o.Objects("safety", required: false, BindSafetyRule),
                o.Objects("dyadicPairs", required: false, BindDyadicPair),
                o.OptionalString("safetyPreface"))
            : null;

    private static AssessmentItem? BindItem(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "an item", ItemMembers) is { } o
            ? new AssessmentItem(
                o.RequiredString("id"),
                o.RequiredString("text"),
                o.OptionalString("scale"),
                o.OptionalBool("reverse"),
                o.OptionalString("responseScale"),
                o.OptionalBool("notApplicable"),
                o.TextsByName("textByKind"),
                o.OptionalString("obstacle"))
            : null;

    private static Scale? BindScale(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a scale", ScaleMembers) is { } o
            ? new Scale(
                o.RequiredString("id"),
                o.RequiredString("title"),
                o.OptionalString("obstacle"),
                o.OptionalString("category"),
                o.RequiredEnum("aggregate", JsonNames.Aggregations, Aggregation.Mean),
                o.RequiredInt("minAnswered"),
                o.Objects("bands", required: false, BindBand),
                o.OptionalObject("norms", BindNorms),
                o.OptionalString("protective"),
                o.OptionalBool("aboutOther"))
            : null;

    internal static Band? BindBand(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a band", BandMembers) is { } o
            ? new Band(o.RequiredString("id"), o.RequiredString("label"), o.RequiredNumber("from"), o.RequiredNumber("to"), o.RequiredString("provenance"))
            : null;

    internal static Norms? BindNorms(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "norms", NormsMembers) is { } o
            ? new Norms(
                o.RequiredNumber("mean"),
                o.RequiredNumber("sd"),
                o.RequiredNumber("reliability"),
                o.RequiredString("source"),
                o.Token["n"] is null ? null : o.RequiredInt("n"),
                o.Objects("table", required: false, BindNormsRow))
            : null;

    private static NormsRow? BindNormsRow(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a norms table row", NormsRowMembers) is { } o
            ? new NormsRow(o.RequiredNumber("score"), o.RequiredNumber("percentile"), o.RequiredNumber("t"))
            : null;

    private static Composite? BindComposite(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a composite", CompositeMembers) is { } o
            ? new Composite(
                o.RequiredString("id"),
                o.RequiredString("title"),
                o.Objects("components", required: true, BindComponent),
                o.RequiredInt("minScales"),
                o.Objects("bands", required: false, BindBand),
                o.OptionalString("protective"))
            : null;

    private static CompositeComponent? BindComponent(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a composite component", ComponentMembers) is { } o
            ? new CompositeComponent(o.RequiredString("scale"), o.Token["weight"] is null ? 1.0 : o.RequiredNumber("weight"))
            : null;

    private static SafetyRule? BindSafetyRule(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a safety rule", SafetyRuleMembers) is { } o
            ? new SafetyRule(
                o.RequiredString("id"),
                o.RequiredString("item"),
                o.RequiredInt("atLeast"),
                o.RequiredString("flag"),
                o.RequiredEnum("severity", JsonNames.Severities, SafetySeverity.Concern),
                o.Strings("resources", required: true),
                o.Token["whenUnanswered"] is null ? UnansweredSafetyItem.Concern : o.RequiredEnum(
                    "whenUnanswered",
                    JsonNames.Unanswered,
                    UnansweredSafetyItem.Concern),
                o.Token["risk"] is null ? SafetyRisk.FromOther : o.RequiredEnum("risk", JsonNames.Risks, SafetyRisk.FromOther),
                o.OptionalString("message"),
                o.Token["resourcesWhenUnanswered"] is null ? null : o.Strings("resourcesWhenUnanswered", required: true))
            : null;

    private static PackNotices? BindNotices(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "the notices", NoticesMembers) is { } o
            ? new PackNotices(o.RequiredString("disclaimer"), o.RequiredString("concern"), o.RequiredString("urgent"), o.RequiredString("privacy"))
            : null;

    private static DyadicPair? BindDyadicPair(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a dyadic pair", DyadicPairMembers) is { } o
            ? new DyadicPair(o.RequiredString("id"), o.RequiredString("title"), o.RequiredString("selfItem"), o.RequiredString("otherItem"))
            : null;

    private static FrozenSet<string> Members(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
