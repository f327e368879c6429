namespace IntimacyKit.Psychometrics;

/// <summary>A scale the norms builder gave no norms, and why.</summary>
public sealed class RefusedScale
{
    internal RefusedScale(string scaleId, int completeResponses, NormsRefusal kind, string reason)
    {
        Kind = kind;
        ScaleId = scaleId;
        CompleteResponses = completeResponses;
        Reason = reason;
    }

    /// <summary>The scale.</summary>
    public string ScaleId { get; }

    /// <summary>Responses that answered every item of the scale.</summary>
    public int CompleteResponses { get; }

    /// <summary>Why, for programs.</summary>
    public NormsRefusal Kind { get; }

    /// <summary>Why, in words.</summary>
    public string Reason { get; }
}
