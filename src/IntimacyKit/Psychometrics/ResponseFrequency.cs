namespace IntimacyKit.Psychometrics;

/// <summary>How often one answer was given to an item, as <c>psych::response.frequencies</c> reports it.</summary>
/// <param name="Value">The answer, as the person gave it (before reverse keying).</param>
/// <param name="Proportion">Its share of the answers the item received (missing ones not counted), 0 to 1.</param>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
public readonly record struct ResponseFrequency(int Value, double Proportion);
