namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// A signed-in person's answers so far to one assessment, kept on the server between screens so that a closed tab
/// can be resumed; deleted when they finish, start again or delete their account.
/// </summary>
public sealed class Draft
{
    public string UserId { get; set; } = string.Empty;

    public string AssessmentId { get; set; } = string.Empty;

    /// <summary>The pairing these answers are for, or <see cref="Guid.Empty"/> for answers of one's own.</summary>
    public Guid PairingId { get; set; }

    public string AssessmentVersion { get; set; } = string.Empty;

    public string RelationshipKind { get; set; } = string.Empty;

    /// <summary>The screen to show next.</summary>
    public int Step { get; set; }

    /// <summary>The answers so far, as a JSON object of item id to answer (a number, <c>skip</c> or <c>na</c>).</summary>
    public string AnswersJson { get; set; } = "{}";

    /// <summary>The language the statements were answered in (the pack's culture); empty for drafts kept before languages.</summary>
    public string Culture { get; set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; set; }
}
