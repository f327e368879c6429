namespace IntimacyKit.Psychometrics;

/// <summary>A scale the norms builder gave no norms, and why.</summary>
/// <param name="ScaleId">The scale.</param>
/// <param name="CompleteResponses">Responses that answered every item of the scale.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record RefusedScale(string ScaleId, int CompleteResponses, string Reason);
