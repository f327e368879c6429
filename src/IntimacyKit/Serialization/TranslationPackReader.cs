using System.Collections.Frozen;
using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Serialization;

/// <summary>
/// Reads translation files (<see cref="TranslationPack.Format"/>): which pack and version they translate, their
/// culture and form of address, how they were made, their own norms and every text by key. Every shape problem comes
/// back with its JSON path and line; whether the texts match the source is <see cref="ContentTranslation.Validate"/>'s.
/// </summary>
public static class TranslationPackReader
{
    private const int MaxBytes = 16 * 1024 * 1024;

    private static readonly FrozenSet<string> RootMembers =
        FrozenSet.Create(StringComparer.Ordinal, "$schema", "format", "translationOf", "culture", "address", "provenance", "norms", "strings");

    private static readonly FrozenSet<string> SourceMembers = FrozenSet.Create(StringComparer.Ordinal, "id", "version");
    private static readonly FrozenSet<string> ProvenanceMembers =
        FrozenSet.Create(StringComparer.Ordinal, "status", "steps", "contributors", "date", "permission", "notes");

    private static readonly FrozenSet<string> ContributorMembers = FrozenSet.Create(StringComparer.Ordinal, "role", "name");
    private static readonly FrozenSet<string> NormsMembers = FrozenSet.Create(StringComparer.Ordinal, "mean", "sd", "reliability", "source");

    private static readonly FrozenDictionary<string, TranslationStatus> Statuses = new Dictionary<string, TranslationStatus>(StringComparer.Ordinal)
    {
        ["machine"] = TranslationStatus.Machine,
        ["draft"] = TranslationStatus.Draft,
        ["reviewed"] = TranslationStatus.Reviewed,
        ["validated"] = TranslationStatus.Validated,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, TranslationStep> Steps = new Dictionary<string, TranslationStep>(StringComparer.Ordinal)
    {
        ["forward-translation"] = TranslationStep.ForwardTranslation,
        ["reconciliation"] = TranslationStep.Reconciliation,
        ["back-translation"] = TranslationStep.BackTranslation,
        ["review"] = TranslationStep.Review,
        ["cognitive-testing"] = TranslationStep.CognitiveTesting,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FormOfAddress> Addresses = new Dictionary<string, FormOfAddress>(StringComparer.Ordinal)
    {
        ["informal"] = FormOfAddress.Informal,
        ["formal"] = FormOfAddress.Formal,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reads a translation from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The translation, or every problem.</returns>
    public static TranslationLoadResult ReadFile(string path)
    {
        Guard.NotBlank(path);
        return ReadJson(File.ReadAllText(path), path);
    }

    /// <summary>Reads a translation from a stream (UTF-8).</summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">A file name or label used in problems.</param>
    /// <returns>The translation, or every problem.</returns>
    public static TranslationLoadResult Read(Stream stream, string? source = null)
    {
        Guard.NotNull(stream);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return ReadJson(reader.ReadToEnd(), source);
    }

    /// <summary>Reads a translation from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="source">A file name or label used in problems.</param>
    /// <returns>The translation, or every problem.</returns>
    public static TranslationLoadResult ReadJson(string json, string? source = null)
    {
        Guard.NotNull(json);
        if (json.Length > MaxBytes)
        {
            return Failed(new ContentProblem(ContentProblemCodes.TooLarge, $"The input is larger than {MaxBytes:N0} characters.", "$", source));
        }

        if (!JsonText.TryParse(json, 64, source, "the translation", out var root, out var problem))
        {
            return Failed(problem);
        }

        var binder = new JsonBinder(source);
        var translation = Bind(binder, root);
        return translation is not null && binder.Problems.Count == 0
            ? new TranslationLoadResult(translation, [])
            : new TranslationLoadResult(null, [.. binder.Problems]);
    }

    private static TranslationLoadResult Failed(ContentProblem problem) => new(null, [problem]);

    private static TranslationPack? Bind(JsonBinder binder, JToken root)
    {
        if (binder.Object(root, "$", "a translation", RootMembers) is not { } o)
        {
            return null;
        }

        if (o.RequiredString("format") is var format && format.Length > 0 && format != TranslationPack.Format)
        {
            binder.Report(
                ContentProblemCodes.InvalidValue,
                "$.format",
                $"'format' is \"{format}\"; a translation file says \"{TranslationPack.Format}\".",
                o.Token["format"]);
        }

        var source = o.OptionalObject("translationOf", static (b, t, p) => b.Object(t, p, "'translationOf'", SourceMembers) is { } s
            ? new SourceReference(s.RequiredString("id"), s.RequiredVersion("version"))
            : null);
        if (source is null && o.Token["translationOf"] is null)
        {
            binder.Report(ContentProblemCodes.MissingProperty, "$.translationOf", "Missing 'translationOf': the pack id and version this translates.", root);
        }

        var culture = o.RequiredString("culture");
        if (culture.Length > 0 && !CultureName.IsValid(culture))
        {
            binder.Report(
                ContentProblemCodes.InvalidValue,
                "$.culture",
                $"Culture '{culture}' is not a BCP 47 language tag, such as 'de' or 'de-AT'.",
                o.Token["culture"]);
        }

        var address = o.Token["address"] is null ? FormOfAddress.Unspecified : o.RequiredEnum("address", Addresses, FormOfAddress.Unspecified);
        var provenance = o.OptionalObject("provenance", BindProvenance);
        if (o.Token["provenance"] is null)
        {
            binder.Report(ContentProblemCodes.MissingProperty, "$.provenance", "Missing 'provenance': how the translation was made, and its status.", root);
        }

        var strings = o.TextsByName("strings") ?? [];
        if (o.Token["strings"] is null)
        {
            binder.Report(ContentProblemCodes.MissingProperty, "$.strings", "Missing 'strings': every text of the source pack, by key.", root);
        }

        var norms = BindNorms(binder, o.Token["norms"]);
        return source is { } s && provenance is not null
            ? new TranslationPack(s.Id, s.Version, culture, provenance, strings, norms, address)
            : null;
    }

    private sealed record SourceReference(string Id, SemanticVersion Version);

    private static TranslationProvenance? BindProvenance(JsonBinder binder, JToken token, string path)
    {
        if (binder.Object(token, path, "'provenance'", ProvenanceMembers) is not { } o)
        {
            return null;
        }

        var status = o.RequiredEnum("status", Statuses, TranslationStatus.Machine);
        var steps = new List<TranslationStep>();
        var stepNames = o.Strings("steps", required: true);
        for (var i = 0; i < stepNames.Length; i++)
        {
            if (Steps.TryGetValue(stepNames[i], out var step))
            {
                steps.Add(step);
            }
            else
            {
                binder.Report(
                    ContentProblemCodes.InvalidValue,
                    $"{path}.steps[{i}]",
                    $"Step \"{stepNames[i]}\" is not one of {string.Join(", ", Steps.Keys.Order(StringComparer.Ordinal))}.",
                    o.Token["steps"]);
            }
        }

        var contributors = o.Objects("contributors", required: true, static (b, t, p) => b.Object(t, p, "a contributor", ContributorMembers) is { } c
            ? new TranslationContributor(c.RequiredString("role"), c.OptionalString("name"))
            : null);
        var dateText = o.RequiredString("date");
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && dateText.Length > 0)
        {
            binder.Report(ContentProblemCodes.InvalidValue, $"{path}.date", $"'date' is \"{dateText}\"; expected a date as YYYY-MM-DD.", o.Token["date"]);
        }

        return new TranslationProvenance(status, steps, contributors, date, o.RequiredString("permission"), o.OptionalString("notes"));
    }

    private static Dictionary<string, Norms> BindNorms(JsonBinder binder, JToken? token)
    {
        var norms = new Dictionary<string, Norms>(StringComparer.Ordinal);
        if (token is null)
        {
            return norms;
        }

        if (token is not JObject byScale)
        {
            binder.Report(ContentProblemCodes.WrongType, "$.norms", "'norms' should be an object of norms by \"assessment/scale\".", token);
            return norms;
        }

        foreach (var property in byScale.Properties())
        {
            var path = $"$.norms['{property.Name}']";
            if (binder.Object(property.Value, path, "norms", NormsMembers) is { } o)
            {
                norms[property.Name] = new Norms(o.RequiredNumber("mean"), o.RequiredNumber("sd"), o.RequiredNumber("reliability"), o.RequiredString("source"));
            }
        }

        return norms;
    }
}
