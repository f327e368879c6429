namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// One person's finished answers to a dyadic assessment within a pairing, for one round of comparing. The result itself
/// is the person's own saved result; this row only links it to the pairing, so ending the pairing leaves each person
/// their own answers and nothing of the other's.
/// </summary>
public sealed class PairingTake
{
    public Guid PairingId { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string AssessmentId { get; set; } = string.Empty;

    /// <summary>1 for the first comparison, 2 when the two compare again, and so on.</summary>
    public int Round { get; set; }

    /// <summary>The person's saved result (<see cref="StoredResult.Id"/>).</summary>
    public Guid ResultId { get; set; }

    public DateTime CompletedAtUtc { get; set; }
}
