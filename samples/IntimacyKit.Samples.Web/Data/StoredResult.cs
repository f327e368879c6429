namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// One saved result: the documented result JSON (self-contained: it reads back into an <c>AssessmentResult</c> without
/// the pack), plus the columns queries need, tagged with the pack and assessment versions it was scored with.
/// </summary>
public sealed class StoredResult
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string AssessmentId { get; set; } = string.Empty;

    public string AssessmentVersion { get; set; } = string.Empty;

    public string PackId { get; set; } = string.Empty;

    public string PackVersion { get; set; } = string.Empty;

    public string RelationshipKind { get; set; } = string.Empty;

    /// <summary>When the person finished, in UTC (SQLite orders this column; it cannot order offsets).</summary>
    public DateTime CompletedAtUtc { get; set; }

    /// <summary>Whether a safety flag stands: history shows support beside such a result.</summary>
    public bool HasSafetyFlags { get; set; }

    /// <summary>
    /// The client's <c>Idempotency-Key</c> for an API submission, unique per person: a retried request (after a
    /// timeout, or to another app instance) finds the result already stored instead of storing it twice.
    /// </summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>
    /// SHA-256 of the request a key came with (assessment, relationship, pairing, answers), so that a key reused for other
    /// answers is refused rather than answered with the earlier result.
    /// </summary>
    public string? RequestFingerprint { get; set; }

    /// <summary>The result as IntimacyKit's result JSON.</summary>
    public string Json { get; set; } = string.Empty;
}
