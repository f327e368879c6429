using System.Collections.Immutable;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Content;

/// <summary>
/// The content model as JSON, written: every definition in the shape a pack file has (the pack format in
/// Serialization writes whole packs with these, and reads them back). Beside the model it writes, so that the catalog
/// can tell whether two packs define the same thing the same way without reaching up to the pack format.
/// </summary>
internal static class DefinitionJson
{
    /// <summary>Whether two definitions would be written identically.</summary>
    public static bool SameDefinition<T>(T left, T right)
        where T : class
        => ReferenceEquals(left, right) || JToken.DeepEquals(WriteAny(left), WriteAny(right));

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

    internal static JObject Write(RelationshipKind kind) => Object(
        new JProperty("id", kind.Id),
        new JProperty("title", kind.Title),
        new JProperty("target", kind.Target),
        kind.HasOwnPossessive ? new JProperty("possessive", kind.Possessive) : null,
        kind.Note is null ? null : new JProperty("note", kind.Note),
        kind.Forms.IsEmpty
            ? null
            : new JProperty("forms", new JObject(ItemText.Cases.Where(kind.Forms.ContainsKey).Select(c => new JProperty(c, kind.Forms[c])))));

    internal static JObject Write(Obstacle obstacle) => Object(
        new JProperty("id", obstacle.Id),
        new JProperty("category", obstacle.Category),
        new JProperty("title", obstacle.Title),
        new JProperty("summary", obstacle.Summary),
        new JProperty("signs", new JArray(obstacle.Signs)),
        new JProperty("origins", new JArray(obstacle.Origins)),
        Optional("related", obstacle.Related));

    internal static JObject Write(Exercise exercise) => Object(
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

    internal static JObject Write(ResponseScale scale) => new(
        new JProperty("id", scale.Id), new JProperty("min", scale.Min), new JProperty("max", scale.Max), new JProperty("labels", new JArray(scale.Labels)));

    internal static JObject Write(SupportResource resource) => new(
        new JProperty(
            "id",
            resource.Id), new JProperty("kind", resource.Kind), new JProperty("title", resource.Title), new JProperty("description", resource.Description));

    internal static JObject Write(Assessment assessment) => Object(
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

    internal static JObject Write(AssessmentItem item) => Object(
        new JProperty("id", item.Id),
        new JProperty("text", item.Text),
        item.TextByKind.Count == 0 ? null : new JProperty(
            "textByKind",
            new JObject(item.TextByKind.OrderBy(static p => p.Key, StringComparer.Ordinal).Select(static p => new JProperty(p.Key, p.Value)))),
        item.Scale is null ? null : new JProperty("scale", item.Scale),
        item.Obstacle is null ? null : new JProperty("obstacle", item.Obstacle),
        item.Reverse ? new JProperty("reverse", true) : null,
        item.OffersNotApplicable ? new JProperty("notApplicable", true) : null,
        item.ResponseScale is null ? null : new JProperty("responseScale", item.ResponseScale));

    internal static JObject Write(Scale scale) => Object(
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
        new JProperty(
            "id",
            band.Id), new JProperty(
                "label",
                band.Label), new JProperty("from", band.From), new JProperty("to", band.To), new JProperty("provenance", band.Provenance));

    internal static JObject Write(Norms norms) => Write(norms, table: true);

    /// <summary>Norms as a pack writes them; <paramref name="table"/> false leaves out the table (a result carries the figures only).</summary>
    internal static JObject Write(Norms norms, bool table) => Object(
        new JProperty("mean", norms.Mean),
        new JProperty("sd", norms.StandardDeviation),
        new JProperty("reliability", norms.Reliability),
        new JProperty("source", norms.Source),
        norms.N is { } n ? new JProperty("n", n) : null,
        table && !norms.Table.IsEmpty
            ? new JProperty("table", new JArray(norms.Table.Select(static r => new JObject(
                new JProperty("score", r.Score), new JProperty("percentile", r.PercentileRank), new JProperty("t", r.T)))))
            : null);

    internal static JObject Write(Composite composite) => Object(
        new JProperty("id", composite.Id),
        new JProperty("title", composite.Title),
        new JProperty(
            "components",
            new JArray(composite.Components.Select(static c => new JObject(new JProperty("scale", c.Scale), new JProperty("weight", c.Weight))))),
        new JProperty("minScales", composite.MinScales),
        Optional("bands", composite.Bands, Write),
        composite.Protective is null ? null : new JProperty("protective", composite.Protective));

    internal static JObject Write(SafetyRule rule) => Object(
        new JProperty("id", rule.Id),
        new JProperty("item", rule.Item),
        new JProperty("atLeast", rule.AtLeast),
        new JProperty("flag", rule.Flag),
        new JProperty("severity", JsonNames.NameOf(JsonNames.Severities, rule.Severity)),
        new JProperty("resources", new JArray(rule.Resources)),
        rule.WhenUnanswered == UnansweredSafetyItem.Concern ? null : new JProperty(
            "whenUnanswered",
            JsonNames.NameOf(JsonNames.Unanswered, rule.WhenUnanswered)),
        rule.Risk == SafetyRisk.FromOther ? null : new JProperty("risk", JsonNames.NameOf(JsonNames.Risks, rule.Risk)),
        rule.Message is null ? null : new JProperty("message", rule.Message),
        rule.HasOwnUnansweredResources ? new JProperty("resourcesWhenUnanswered", new JArray(rule.ResourcesWhenUnanswered)) : null);

    internal static JObject Write(PackNotices notices) => new(
        new JProperty("disclaimer", notices.Disclaimer),
        new JProperty("concern", notices.Concern),
        new JProperty("urgent", notices.Urgent),
        new JProperty("privacy", notices.Privacy));

    internal static JObject Write(DyadicPair pair) => new(
        new JProperty("id", pair.Id), new JProperty("title", pair.Title), new JProperty("selfItem", pair.SelfItem), new JProperty("otherItem", pair.OtherItem));

    private static JObject Object(params JProperty?[] properties) => new(properties.Where(static p => p is not null));

    private static JProperty? Optional(string name, ImmutableArray<string> values)
        => values.IsEmpty ? null : new JProperty(name, new JArray(values));

    private static JProperty? Optional<T>(string name, ImmutableArray<T> values, Func<T, JObject> write)
        => values.IsEmpty ? null : new JProperty(name, new JArray(values.Select(write)));
}
