namespace IntimacyKit.Fhir;

/// <summary>How IntimacyKit names its FHIR resources and extensions.</summary>
public sealed class FhirOptions
{
    /// <summary>The default options: canonical URLs under <c>http://intimacykit.invalid/fhir</c>.</summary>
    public static FhirOptions Default { get; } = new();

    /// <summary>
    /// The base of every canonical URL IntimacyKit writes: questionnaires are <c>{base}/Questionnaire/{pack}.{assessment}</c>,
    /// answer codes are in <c>{base}/CodeSystem/{response scale}</c> and the kit's extensions are
    /// <c>{base}/StructureDefinition/{name}</c>. A host that publishes its questionnaires sets its own (an http(s) URL it
    /// controls); the default is under the reserved <c>.invalid</c> domain (RFC 2606), which names without pointing anywhere
    /// and can never be mistaken for a real site.
    /// </summary>
    public string CanonicalBase { get; init; } = "http://intimacykit.invalid/fhir";

    /// <summary>The longest FHIR JSON read, in bytes (a response or questionnaire is far smaller).</summary>
    public int MaxJsonBytes { get; init; } = 1024 * 1024;

    /// <summary>How deep items may nest in a response read (IntimacyKit writes two levels).</summary>
    public int MaxItemDepth { get; init; } = 8;

    internal string Questionnaire(string packId, string assessmentId) => $"{CanonicalBase}/Questionnaire/{packId}.{assessmentId}";

    internal string CodeSystem(string responseScaleId) => $"{CanonicalBase}/CodeSystem/{responseScaleId}";

    /// <summary>The URL of one of the kit's extensions (<see cref="FhirExtensions.Kit"/>).</summary>
    /// <param name="name">The extension's name, such as <see cref="FhirExtensions.Kit.Scale"/>.</param>
    /// <returns>The URL.</returns>
    public string Extension(string name) => $"{CanonicalBase}/StructureDefinition/{name}";
}
