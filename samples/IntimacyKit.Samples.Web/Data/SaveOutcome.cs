namespace IntimacyKit.Samples.Web.Data;

/// <summary>A result saved, found again, or refused with the reason.</summary>
/// <param name="Stored">The stored row (for <see cref="SaveStatus.Created"/> and <see cref="SaveStatus.Repeated"/>).</param>
/// <param name="Status">What happened.</param>
/// <param name="Problem">Why nothing was stored, in words for the person (a page says it in their language, the API in English).</param>
public sealed record SaveOutcome(StoredResult? Stored, SaveStatus Status, Phrase? Problem = null)
{
    public static readonly Phrase KeyReusedProblem = new("This Idempotency-Key was used before for a different request: use a new key for new answers.");

    /// <summary>The outcome for a request whose key was seen before: the same request again, or a key reused.</summary>
    public static SaveOutcome Earlier(StoredResult earlier, string? fingerprint) => earlier.RequestFingerprint == fingerprint
        ? new SaveOutcome(earlier, SaveStatus.Repeated)
        : new SaveOutcome(null, SaveStatus.KeyReused, KeyReusedProblem);
}
