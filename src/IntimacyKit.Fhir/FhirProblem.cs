namespace IntimacyKit.Fhir;

/// <summary>Something wrong in a FHIR resource read: where (a FHIRPath-like location) and what.</summary>
/// <param name="Path">Where, such as <c>QuestionnaireResponse.item[2].answer[0].valueCoding.code</c>.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record FhirProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
