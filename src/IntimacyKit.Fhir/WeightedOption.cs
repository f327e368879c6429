namespace IntimacyKit.Fhir;

/// <summary>One answer of an imported choice item: its weight (the answer IntimacyKit scores), its label and how a response names it.</summary>
internal sealed record WeightedOption(decimal Weight, string Label, AnswerKey Key);
