using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Serialization;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Psychometrics;

/// <summary>Reads <c>intimacykit/norms@1</c> files: every problem at once, by JSON path (and line where the text has one).</summary>
internal static class NormsPatchJson
{
    private const int MaxCharacters = 16 * 1024 * 1024;

    private static readonly FrozenSet<string> Members =
        FrozenSet.Create(StringComparer.Ordinal, "format", "assessment", "version", "sample", "date", "responses", "scales", "refused");

    private static readonly FrozenSet<string> RefusedMembers = FrozenSet.Create(StringComparer.Ordinal, "scale", "complete", "kind", "reason");

    /// <summary>The names of <see cref="NormsRefusal"/> in a norms file.</summary>
    public static readonly FrozenDictionary<string, NormsRefusal> Refusals = new Dictionary<string, NormsRefusal>(StringComparer.Ordinal)
    {
        ["too-few-responses"] = NormsRefusal.TooFewResponses,
        ["single-item"] = NormsRefusal.SingleItem,
        ["no-variance"] = NormsRefusal.NoVariance,
        ["reliability-out-of-range"] = NormsRefusal.ReliabilityOutOfRange,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string NameOf(NormsRefusal kind) => Refusals.First(p => p.Value == kind).Key;

    public static NormsPatch Read(string json, string? source)
    {
        if (json.Length > MaxCharacters)
        {
            var message = $"The input is larger than {MaxCharacters:N0} characters.";
            throw new ContentValidationException([new ContentProblem(ContentProblemCodes.TooLarge, message, "$", source)]);
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            throw new ContentValidationException([new ContentProblem(
                ContentProblemCodes.InvalidValue, $"The file is empty; a norms file is a JSON object in the format \"{NormsPatch.Format}\".", "$", source)]);
        }

        if (!JsonText.TryParse(json, 64, source, "the norms", out var root, out var problem))
        {
            throw new ContentValidationException([problem]);
        }

        var binder = new JsonBinder(source);
        var patch = Bind(binder, root);
        return patch is not null && binder.Problems.Count == 0 ? patch : throw new ContentValidationException(binder.Problems);
    }

    private static NormsPatch? Bind(JsonBinder binder, JToken root)
    {
        // Another kind of file (a result, a pack) is named as such, alone, before its members are listed as unknown.
        if (root is JObject { } whole && whole["format"] is JValue { Type: JTokenType.String } other && (string?)other != NormsPatch.Format)
        {
            var message = $"'format' is \"{(string?)other}\"; a norms file says \"{NormsPatch.Format}\".";
            binder.Report(ContentProblemCodes.InvalidValue, "$.format", message, other);
            return null;
        }

        if (binder.Object(root, "$", "a norms file", Members) is not { } o)
        {
            return null;
        }

        o.RequiredString("format");
        var date = o.RequiredString("date");
        if (date.Length > 0 && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            binder.Report(ContentProblemCodes.InvalidValue, "$.date", $"'date' is \"{date}\"; give the date as yyyy-MM-dd.", o.Token["date"]);
        }

        var scales = ImmutableArray.CreateBuilder<KeyValuePair<string, Norms>>();
        if (o.Token["scales"] is JObject byScale)
        {
            foreach (var property in byScale.Properties())
            {
                var path = $"$.scales['{property.Name}']";
                if (ContentPackJson.BindNorms(binder, property.Value, path) is { } norms)
                {
                    Check(binder, norms, path, property.Value);
                    scales.Add(new(property.Name, norms));
                }
            }
        }
        else
        {
            binder.Report(ContentProblemCodes.InvalidValue, "$.scales", "'scales' should be an object of norms by scale id.", o.Token["scales"] ?? o.Token);
        }

        var refused = o.Token["refused"] is null ? [] : o.Objects("refused", required: false, BindRefused);
        var patch = new NormsPatch(
            o.RequiredString("assessment"),
            o.RequiredVersion("version"),
            o.RequiredString("sample"),
            DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : default,
            o.RequiredInt("responses"),
            scales.ToImmutable(),
            refused);
        return patch;
    }

    /// <summary>The same checks a pack's norms get, so that a file is refused when read, not when first applied.</summary>
    private static void Check(JsonBinder binder, Norms norms, string path, JToken at)
    {
        void Problem(string member, string message) => binder.Report(ContentProblemCodes.InvalidValue, $"{path}.{member}", message, at);
        if (!double.IsFinite(norms.Mean))
        {
            Problem("mean", "'mean' should be a finite number.");
        }

        if (!(double.IsFinite(norms.StandardDeviation) && norms.StandardDeviation > 0))
        {
            Problem("sd", "'sd' should be a finite number greater than 0.");
        }

        if (!(norms.Reliability >= 0 && norms.Reliability < 1))
        {
            Problem("reliability", "'reliability' should be in range [0, 1).");
        }

        if (norms.N is < 1)
        {
            Problem("n", "'n' should be at least 1.");
        }

        if (norms.Table.Any(static r => !(r.PercentileRank >= 0 && r.PercentileRank <= 100) || !double.IsFinite(r.T))
            || norms.Table.Select(static r => r.Score).Distinct().Count() != norms.Table.Length)
        {
            Problem("table", "Each row of 'table' should have its own score, a percentile in range [0, 100] and a finite T.");
        }
    }

    private static RefusedScale? BindRefused(JsonBinder binder, JToken token, string path)
        => binder.Object(token, path, "a refused scale", RefusedMembers) is { } r
            ? new RefusedScale(
                r.RequiredString("scale"),
                r.RequiredInt("complete"),
                r.RequiredEnum("kind", Refusals, NormsRefusal.TooFewResponses),
                r.RequiredString("reason"))
            : null;
}
