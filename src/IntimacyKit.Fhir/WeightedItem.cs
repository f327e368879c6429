namespace IntimacyKit.Fhir;

/// <summary>A choice item of an imported questionnaire whose every answer carries a weight.</summary>
internal sealed record WeightedItem(string LinkId, string Text, IReadOnlyList<WeightedOption> Options);
