using System.Collections.Frozen;
using IntimacyKit.Content;
using IntimacyKit.Serialization;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Scoring;

/// <summary>
/// A result's <c>imputation</c> in JSON: the policy (<c>method</c>, <c>scales</c>), how many responses the figures come
/// from, and per item its scale, method, value and the number of answers it had; psych's names for the methods.
/// </summary>
internal static class ImputationJson
{
    public static readonly FrozenDictionary<string, ImputationMethod> Methods = new Dictionary<string, ImputationMethod>(StringComparer.Ordinal)
    {
        ["none"] = ImputationMethod.None,
        ["median"] = ImputationMethod.Median,
        ["mean"] = ImputationMethod.Mean,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Members = FrozenSet.Create(StringComparer.Ordinal, "method", "scales", "responses", "items");
    private static readonly FrozenSet<string> ItemMembers = FrozenSet.Create(StringComparer.Ordinal, "item", "scale", "method", "value", "answered");

    public static string NameOf(ImputationMethod method) => Methods.First(p => p.Value == method).Key;

    public static JObject Write(ItemImputation imputation)
    {
        var o = new JObject { ["method"] = NameOf(imputation.Policy.Method) };
        if (!imputation.Policy.Scales.IsEmpty)
        {
            var scales = imputation.Policy.Scales.OrderBy(static p => p.Key, StringComparer.Ordinal);
            o["scales"] = new JObject(scales.Select(static p => new JProperty(p.Key, NameOf(p.Value))));
        }

        o["responses"] = imputation.Responses;
        o["items"] = new JArray(imputation.Items.Select(static i => new JObject
        {
            ["item"] = i.ItemId,
            ["scale"] = i.ScaleId,
            ["method"] = NameOf(i.Method),
            ["value"] = i.Value,
            ["answered"] = i.Answered,
        }));
        return o;
    }

    /// <summary>Binds a result's imputation; <paramref name="itemIds"/> are the result's items, in the assessment's order.</summary>
    public static ItemImputation? Bind(JsonBinder binder, JToken token, string path, string assessmentId, SemanticVersion version, string[] itemIds)
    {
        if (binder.Object(token, path, "an imputation", Members) is not { } o)
        {
            return null;
        }

        var policy = ImputationPolicy.All(o.RequiredEnum("method", Methods, ImputationMethod.None));
        if (o.Token["scales"] is JObject scales)
        {
            foreach (var scale in scales.Properties())
            {
                policy = scale.Value.Type == JTokenType.String && Methods.TryGetValue((string)scale.Value!, out var method)
                    ? policy.WithScale(scale.Name, method)
                    : Reported(binder, $"{path}.scales.{scale.Name}", scale.Value, policy);
            }
        }

        var items = o.Objects("items", required: true, BindItem);
        var fill = new double[itemIds.Length];
        Array.Fill(fill, double.NaN);
        foreach (var item in items)
        {
            if (Array.IndexOf(itemIds, item.ItemId) is var i and >= 0)
            {
                fill[i] = item.Value ?? double.NaN;
            }
        }

        return new ItemImputation(assessmentId, version, policy, o.RequiredInt("responses"), items, fill);
    }

    private static ImputationPolicy Reported(JsonBinder binder, string path, JToken at, ImputationPolicy policy)
    {
        binder.Report(ContentProblemCodes.InvalidValue, path, "The imputation method should be \"none\", \"median\" or \"mean\".", at);
        return policy;
    }

    private static ImputedItem? BindItem(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "an imputed item", ItemMembers) is { } i
            ? new ImputedItem(
                i.RequiredString("item"),
                i.RequiredString("scale"),
                i.RequiredEnum("method", Methods, ImputationMethod.None),
                i.Token["value"] is { Type: JTokenType.Float or JTokenType.Integer } ? i.RequiredNumber("value") : double.NaN,
                i.RequiredInt("answered"))
            : null;
}
