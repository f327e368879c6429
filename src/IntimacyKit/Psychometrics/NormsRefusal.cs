namespace IntimacyKit.Psychometrics;

/// <summary>Why the norms builder gave a scale no norms (<see cref="RefusedScale.Reason"/> says it in words).</summary>
public enum NormsRefusal
{
    /// <summary>Fewer complete responses than <see cref="NormsOptions.MinResponses"/>.</summary>
    TooFewResponses = 0,

    /// <summary>A scale of one item: no alpha, so no reliability to judge change by.</summary>
    SingleItem = 1,

    /// <summary>Every complete response has the same score.</summary>
    NoVariance = 2,

    /// <summary>Alpha outside [0, 1), or not defined (fewer than two items vary).</summary>
    ReliabilityOutOfRange = 3,
}
