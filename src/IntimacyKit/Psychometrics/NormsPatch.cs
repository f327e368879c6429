using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Serialization;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Psychometrics;

/// <summary>
/// Norms for the scales of one assessment version, as <see cref="NormsBuilder"/> makes them and as a file
/// (<c>intimacykit/norms@1</c>, docs/schema/norms.schema.json) that a pack can take in (<see cref="ApplyTo"/>) or a
/// host apply at run time. Each scale's norms say where they come from (the sample and its date) and carry the sample
/// size and a table of every possible score with its percentile rank and T score.
/// </summary>
public sealed class NormsPatch
{
    /// <summary>The format identifier of a norms file.</summary>
    public const string Format = "intimacykit/norms@1";

    internal NormsPatch(
        string assessmentId,
        SemanticVersion assessmentVersion,
        string sample,
        DateOnly date,
        long responses,
        ImmutableArray<KeyValuePair<string, Norms>> scales,
        ImmutableArray<RefusedScale> refused)
    {
        AssessmentId = assessmentId;
        AssessmentVersion = assessmentVersion;
        Sample = sample;
        Date = date;
        Responses = responses;
        Ordered = scales;
        Scales = scales.ToImmutableDictionary(StringComparer.Ordinal);
        Refused = refused;
    }

    /// <summary>The assessment the norms are for.</summary>
    public string AssessmentId { get; }

    /// <summary>The version they were built on; they apply to that version only.</summary>
    public SemanticVersion AssessmentVersion { get; }

    /// <summary>Who the sample is.</summary>
    public string Sample { get; }

    /// <summary>When it was collected.</summary>
    public DateOnly Date { get; }

    /// <summary>How many responses were read (complete or not).</summary>
    public long Responses { get; }

    /// <summary>Norms by scale id (what <c>ProgressOptions.Norms</c> takes).</summary>
    public ImmutableDictionary<string, Norms> Scales { get; }

    /// <summary>The same, in the assessment's order (the order of the file).</summary>
    internal ImmutableArray<KeyValuePair<string, Norms>> Ordered { get; }

    /// <summary>Scales without norms, and why.</summary>
    public ImmutableArray<RefusedScale> Refused { get; }

    /// <summary>The patch as indented JSON (numbers invariant).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => new JObject
    {
        ["format"] = Format,
        ["assessment"] = AssessmentId,
        ["version"] = AssessmentVersion.ToString(),
        ["sample"] = Sample,
        ["date"] = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["responses"] = Responses,
        ["scales"] = new JObject(Ordered.Select(static p => new JProperty(p.Key, DefinitionJson.Write(p.Value)))),
        ["refused"] = new JArray(Refused.Select(static r => new JObject
        {
            ["scale"] = r.ScaleId,
            ["complete"] = r.CompleteResponses,
            ["kind"] = NormsPatchJson.NameOf(r.Kind),
            ["reason"] = r.Reason,
        })),
    }.ToString(Newtonsoft.Json.Formatting.Indented) + "\n";

    /// <summary>Reads a norms file.</summary>
    /// <param name="json">Its text.</param>
    /// <param name="source">A name for messages (the file path).</param>
    /// <returns>The patch.</returns>
    /// <exception cref="ContentValidationException">It is not a valid norms file; every problem is listed with its JSON path.</exception>
    public static NormsPatch Read(string json, string? source = null) => NormsPatchJson.Read(Guard.NotNull(json), source);

    /// <summary>The pack with these norms on the assessment's scales (others unchanged), validated like any pack.</summary>
    /// <param name="pack">A pack that defines the assessment in <see cref="AssessmentVersion"/>.</param>
    /// <returns>A new pack; <paramref name="pack"/> is unchanged.</returns>
    /// <exception cref="ContentValidationException">The pack lacks the assessment, its version or a scale, or the result is invalid.</exception>
    public ContentPack ApplyTo(ContentPack pack)
    {
        Guard.NotNull(pack);
        var root = JObject.Parse(ContentPackWriter.ToJson(pack));
        var assessments = (JArray)root["assessments"]!;
        var index = assessments.Select((a, i) => (a, i)).FirstOrDefault(p => (string?)p.a["id"] == AssessmentId);
        if (index.a is not JObject assessment)
        {
            throw Problem(ContentProblemCodes.UnresolvedReference, $"Pack '{pack.Id}' has no assessment '{AssessmentId}' for these norms.", "$.assessment");
        }

        if ((string?)assessment["version"] != AssessmentVersion.ToString())
        {
            throw Problem(
                ContentProblemCodes.Conflict,
                $"These norms were built on '{AssessmentId}' {AssessmentVersion}; pack '{pack.Id}' has version {assessment["version"]}. Norms of "
                    + "one version do not carry over to another: build them again from responses to this one.",
                "$.version");
        }

        var scales = (JArray)assessment["scales"]!;
        foreach (var (scaleId, norms) in Ordered)
        {
            if (scales.FirstOrDefault(s => (string?)s["id"] == scaleId) is not JObject scale)
            {
                throw Problem(ContentProblemCodes.UnresolvedReference, $"'{AssessmentId}' has no scale '{scaleId}'.", $"$.scales['{scaleId}']");
            }

            scale["norms"] = DefinitionJson.Write(norms);
        }

        return ContentPackReader.Default.ReadJson(root.ToString(), $"{pack.Id} with norms").GetPackOrThrow();
    }

    private static ContentValidationException Problem(string code, string message, string path) => new([new ContentProblem(code, message, path)]);
}
