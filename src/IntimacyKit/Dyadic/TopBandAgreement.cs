namespace IntimacyKit.Dyadic;

/// <summary>Whether the two people stand in the top band of a scale.</summary>
public enum TopBandAgreement
{
    /// <summary>Not both scored, or the scale has no bands.</summary>
    Unknown = 0,

    /// <summary>Both stand in the top band.</summary>
    Both = 1,

    /// <summary>Only the first person does.</summary>
    OnlyFirst = 2,

    /// <summary>Only the second person does.</summary>
    OnlySecond = 3,

    /// <summary>Neither does.</summary>
    Neither = 4,
}
