using System.Collections.Frozen;
using System.Collections.Immutable;
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
    private static readonly FrozenSet<string> PackMembers = Members("$schema", "format", "id", "version", "culture", "title", "license", "provenance", "relationshipKinds", "obstacles", "exercises", "responseScales", "assessments", "supportResources", "notices");
    private static readonly FrozenSet<string> RelationshipKindMembers = Members("id", "title", "target", "possessive", "note");
    private static readonly FrozenSet<string> ObstacleMembers = Members("id", "category", "title", "summary", "signs", "origins", "related");
    private static readonly FrozenSet<string> ExerciseMembers = Members("id", "title", "summary", "steps", "targets", "mode", "difficulty", "minutes", "frequency", "relationshipKinds", "contraindications", "followUp");
    private static readonly FrozenSet<string> ResponseScaleMembers = Members("id", "min", "max", "labels");
    private static readonly FrozenSet<string> SupportResourceMembers = Members("id", "kind", "title", "description");
    private static readonly FrozenSet<string> AssessmentMembers = Members("id", "version", "title", "instructions", "responseScale", "safetyPreface", "items", "scales", "composites", "safety", "dyadicPairs");
    private static readonly FrozenSet<string> ItemMembers = Members("id", "text", "textByKind", "scale", "obstacle", "reverse", "notApplicable", "responseScale");
    private static readonly FrozenSet<string> ScaleMembers = Members("id", "title", "obstacle", "category", "aggregate", "minAnswered", "bands", "norms", "protective", "aboutOther");
    private static readonly FrozenSet<string> BandMembers = Members("id", "label", "from", "to", "provenance");
    private static readonly FrozenSet<string> NormsMembers = Members("mean", "sd", "reliability", "source");
    private static readonly FrozenSet<string> CompositeMembers = Members("id", "title", "components", "minScales", "bands", "protective");
    private static readonly FrozenSet<string> ComponentMembers = Members("scale", "weight");
    private static readonly FrozenSet<string> SafetyRuleMembers = Members("id", "item", "atLeast", "flag", "severity", "resources", "whenUnanswered", "resourcesWhenUnanswered", "risk", "message");
    private static readonly FrozenSet<string> NoticesMembers = Members("disclaimer", "concern", "urgent", "privacy");
    private static readonly FrozenSet<string> DyadicPairMembers = Members("id", "title", "selfItem", "otherItem");

    /// <summary>The properties each kind of JSON object may have, by the name the JSON Schema gives it; lets tests keep the schema in step.</summary>
    public static IReadOnlyDictionary<string, FrozenSet<string>> MembersByDefinition { get; } = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
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

        // "$schema" only points editors at the JSON Schema; it is accepted (as text) and not kept.
        pack.OptionalString("$schema");
        var format = pack.RequiredString("format");
        if (pack.Token["format"]?.Type == JTokenType.String && format != ContentPack.Format)
        {
            binder.Report(ContentProblemCodes.InvalidValue, "$.format", $"Format \"{format}\" is not supported; this version reads \"{ContentPack.Format}\".", pack.Token["format"]);
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

        try
        {
            var result = new ContentPack(id, version, culture, title, license, provenance, kinds, obstacles, exercises, responseScales, assessments, resources, notices);
            return binder.Problems.Count == 0 ? result : null;
        }
        catch (ContentValidationException exception)
        {
            foreach (var problem in exception.Problems)
            {
                if (!RepeatsBindingProblem(problem.Path, binder.ProblemPaths))
                {
                    binder.Report(problem.Code, problem.Path, problem.Message, Locate(root, problem.Path));
                }
            }

            return null;
        }
    }

    public static JObject Write(ContentPack pack) => Object(
        new JProperty("format", ContentPack.Format),
        new JProperty("id", pack.Id),
        new JProperty("version", pack.Version.ToString()),
        new JProperty("culture", pack.Culture),
        new JProperty("title", pack.Title),
        new JProperty("license", pack.License),
        new JProperty("provenance", pack.Provenance),
        new JProperty("relationshipKinds", new JArray(pack.RelationshipKinds.Select(Write))),
        new JProperty("obstacles", new JArray(pack.Obstacles.Select(Write))),
        new JProperty("exercises", new JArray(pack.Exercises.Select(Write))),
        new JProperty("responseScales", new JArray(pack.ResponseScales.Select(Write))),
        new JProperty("assessments", new JArray(pack.Assessments.Select(Write))),
        new JProperty("supportResources", new JArray(pack.SupportResources.Select(Write))),
        pack.HasOwnNotices ? new JProperty("notices", Write(pack.Notices)) : null);

    /// <summary>Whether two definitions would be written identically.</summary>
    public static bool SameDefinition<T>(T left, T right)
        where T : class
        => ReferenceEquals(left, right) || JToken.DeepEquals(WriteAny(left), WriteAny(right));

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
            ? new RelationshipKind(o.RequiredString("id"), o.RequiredString("title"), o.RequiredString("target"), o.OptionalString("possessive"), o.OptionalString("note"))
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
            binder.Report(ContentProblemCodes.InvalidValue, path + ".difficulty", $"Difficulty {difficulty} is not allowed; value should be in range [1-3] (1 gentle, 2 steady, 3 stretching).", o.Token["difficulty"]);
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
            ? new Norms(o.RequiredNumber("mean"), o.RequiredNumber("sd"), o.RequiredNumber("reliability"), o.RequiredString("source"))
            : null;

    private static Composite? BindComposite(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a composite", CompositeMembers) is { } o
            ? new Composite(o.RequiredString("id"), o.RequiredString("title"), o.Objects("components", required: true, BindComponent), o.RequiredInt("minScales"), o.Objects("bands", required: false, BindBand), o.OptionalString("protective"))
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
                o.Token["whenUnanswered"] is null ? UnansweredSafetyItem.Concern : o.RequiredEnum("whenUnanswered", JsonNames.Unanswered, UnansweredSafetyItem.Concern),
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

    private static JObject WriteAny(object value) => value switch
    {
        RelationshipKind kind => Write(kind),
        Obstacle obstacle => Write(obstacle),
        Exercise exercise => Write(exercise),
        ResponseScale scale => Write(scale),
        Assessment assessment => Write(assessment),
        SupportResource resource => Write(resource),
        _ => throw new ArgumentException($"No JSON shape for {value.GetType().Name}.", nameof(value)),
    };

    private static JObject Write(RelationshipKind kind) => Object(
        new JProperty("id", kind.Id),
        new JProperty("title", kind.Title),
        new JProperty("target", kind.Target),
        kind.HasOwnPossessive ? new JProperty("possessive", kind.Possessive) : null,
        kind.Note is null ? null : new JProperty("note", kind.Note));

    private static JObject Write(Obstacle obstacle) => Object(
        new JProperty("id", obstacle.Id),
        new JProperty("category", obstacle.Category),
        new JProperty("title", obstacle.Title),
        new JProperty("summary", obstacle.Summary),
        new JProperty("signs", new JArray(obstacle.Signs)),
        new JProperty("origins", new JArray(obstacle.Origins)),
        Optional("related", obstacle.Related));

    public static JObject WriteExercise(Exercise exercise) => Write(exercise);

    private static JObject Write(Exercise exercise) => Object(
        new JProperty("id", exercise.Id),
        new JProperty("title", exercise.Title),
        new JProperty("summary", exercise.Summary),
        new JProperty("steps", new JArray(exercise.Steps)),
        new JProperty("targets", new JArray(exercise.Targets)),
        new JProperty("mode", JsonNames.NameOf(JsonNames.Modes, exercise.Mode)),
        new JProperty("difficulty", (int)exercise.Difficulty),
        new JProperty("minutes", exercise.Minutes),
        new JProperty("frequency", JsonNames.NameOf(JsonNames.Frequencies, exercise.Frequency)),
        new JProperty("relationshipKinds", new JArray(exercise.RelationshipKinds)),
        Optional("contraindications", exercise.Contraindications),
        exercise.FollowUp is null ? null : new JProperty("followUp", exercise.FollowUp));

    private static JObject Write(ResponseScale scale) => new(
        new JProperty("id", scale.Id), new JProperty("min", scale.Min), new JProperty("max", scale.Max), new JProperty("labels", new JArray(scale.Labels)));

    internal static JObject Write(SupportResource resource) => new(
        new JProperty("id", resource.Id), new JProperty("kind", resource.Kind), new JProperty("title", resource.Title), new JProperty("description", resource.Description));

    private static JObject Write(Assessment assessment) => Object(
        new JProperty("id", assessment.Id),
        new JProperty("version", assessment.Version.ToString()),
        new JProperty("title", assessment.Title),
        new JProperty("instructions", assessment.Instructions),
        new JProperty("responseScale", assessment.ResponseScale),
        assessment.SafetyPreface is null ? null : new JProperty("safetyPreface", assessment.SafetyPreface),
        new JProperty("items", new JArray(assessment.Items.Select(Write))),
        new JProperty("scales", new JArray(assessment.Scales.Select(Write))),
        Optional("composites", assessment.Composites, Write),
        Optional("safety", assessment.SafetyRules, Write),
        Optional("dyadicPairs", assessment.DyadicPairs, Write));

    private static JObject Write(AssessmentItem item) => Object(
        new JProperty("id", item.Id),
        new JProperty("text", item.Text),
        item.TextByKind.Count == 0 ? null : new JProperty("textByKind", new JObject(item.TextByKind.OrderBy(static p => p.Key, StringComparer.Ordinal).Select(static p => new JProperty(p.Key, p.Value)))),
        item.Scale is null ? null : new JProperty("scale", item.Scale),
        item.Obstacle is null ? null : new JProperty("obstacle", item.Obstacle),
        item.Reverse ? new JProperty("reverse", true) : null,
        item.OffersNotApplicable ? new JProperty("notApplicable", true) : null,
        item.ResponseScale is null ? null : new JProperty("responseScale", item.ResponseScale));

    private static JObject Write(Scale scale) => Object(
        new JProperty("id", scale.Id),
        new JProperty("title", scale.Title),
        scale.Obstacle is null ? null : new JProperty("obstacle", scale.Obstacle),
        scale.Category is null ? null : new JProperty("category", scale.Category),
        new JProperty("aggregate", JsonNames.NameOf(JsonNames.Aggregations, scale.Aggregation)),
        new JProperty("minAnswered", scale.MinAnswered),
        Optional("bands", scale.Bands, Write),
        scale.Norms is null ? null : new JProperty("norms", Write(scale.Norms)),
        scale.Protective is null ? null : new JProperty("protective", scale.Protective),
        scale.AboutOther ? new JProperty("aboutOther", true) : null);

    internal static JObject Write(Band band) => new(
        new JProperty("id", band.Id), new JProperty("label", band.Label), new JProperty("from", band.From), new JProperty("to", band.To), new JProperty("provenance", band.Provenance));

    internal static JObject Write(Norms norms) => new(
        new JProperty("mean", norms.Mean), new JProperty("sd", norms.StandardDeviation), new JProperty("reliability", norms.Reliability), new JProperty("source", norms.Source));

    private static JObject Write(Composite composite) => Object(
        new JProperty("id", composite.Id),
        new JProperty("title", composite.Title),
        new JProperty("components", new JArray(composite.Components.Select(static c => new JObject(new JProperty("scale", c.Scale), new JProperty("weight", c.Weight))))),
        new JProperty("minScales", composite.MinScales),
        Optional("bands", composite.Bands, Write),
        composite.Protective is null ? null : new JProperty("protective", composite.Protective));

    private static JObject Write(SafetyRule rule) => Object(
        new JProperty("id", rule.Id),
        new JProperty("item", rule.Item),
        new JProperty("atLeast", rule.AtLeast),
        new JProperty("flag", rule.Flag),
        new JProperty("severity", JsonNames.NameOf(JsonNames.Severities, rule.Severity)),
        new JProperty("resources", new JArray(rule.Resources)),
        rule.WhenUnanswered == UnansweredSafetyItem.Concern ? null : new JProperty("whenUnanswered", JsonNames.NameOf(JsonNames.Unanswered, rule.WhenUnanswered)),
        rule.Risk == SafetyRisk.FromOther ? null : new JProperty("risk", JsonNames.NameOf(JsonNames.Risks, rule.Risk)),
        rule.Message is null ? null : new JProperty("message", rule.Message),
        rule.HasOwnUnansweredResources ? new JProperty("resourcesWhenUnanswered", new JArray(rule.ResourcesWhenUnanswered)) : null);

    private static JObject Write(PackNotices notices) => new(
        new JProperty("disclaimer", notices.Disclaimer),
        new JProperty("concern", notices.Concern),
        new JProperty("urgent", notices.Urgent),
        new JProperty("privacy", notices.Privacy));

    private static JObject Write(DyadicPair pair) => new(
        new JProperty("id", pair.Id), new JProperty("title", pair.Title), new JProperty("selfItem", pair.SelfItem), new JProperty("otherItem", pair.OtherItem));

    private static JObject Object(params JProperty?[] properties) => new(properties.Where(static p => p is not null));

    private static JProperty? Optional(string name, ImmutableArray<string> values)
        => values.IsEmpty ? null : new JProperty(name, new JArray(values));

    private static JProperty? Optional<T>(string name, ImmutableArray<T> values, Func<T, JObject> write)
        => values.IsEmpty ? null : new JProperty(name, new JArray(values.Select(write)));

    private static FrozenSet<string> Members(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
