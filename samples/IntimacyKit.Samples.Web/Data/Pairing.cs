namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// Two people who compare their answers: made by an invitation (a short code, stored only as its hash, single-use and
/// expiring) and joined when the other person accepts it. Each side has its own relationship kind (who the other is to
/// them) and its own private name for the other. Deleting the row ends the pairing and every shared view with it.
/// </summary>
public sealed class Pairing
{
    public Guid Id { get; set; }

    /// <summary>The person who made the invitation.</summary>
    public string InviterId { get; set; } = string.Empty;

    /// <summary>The person who accepted it; <see langword="null"/> while the invitation is open.</summary>
    public string? InviteeId { get; set; }

    /// <summary>Who the other person is to the inviter (a relationship kind id, such as <c>parent-child</c>).</summary>
    public string InviterKind { get; set; } = string.Empty;

    /// <summary>Who the other person is to the invitee: the mirror of <see cref="InviterKind"/> (<c>child-parent</c>).</summary>
    public string InviteeKind { get; set; } = string.Empty;

    /// <summary>The inviter's own name for the other person, shown only to the inviter.</summary>
    public string? InviterLabel { get; set; }

    /// <summary>The invitee's own name for the other person, shown only to the invitee.</summary>
    public string? InviteeLabel { get; set; }

    /// <summary>The name the inviter gives for themselves, shown to the other person (so they know who invited them).</summary>
    public string? InviterShownName { get; set; }

    /// <summary>The name the invitee gives for themselves, shown to the inviter (so they can see who accepted).</summary>
    public string? InviteeShownName { get; set; }

    /// <summary>SHA-256 of the invitation code while it can still be used; cleared when it is accepted.</summary>
    public byte[]? CodeHash { get; set; }

    /// <summary>When the invitation stops working, in UTC.</summary>
    public DateTime ExpiresAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the invitation was accepted, in UTC; <see langword="null"/> while it is open.</summary>
    public DateTime? AcceptedAtUtc { get; set; }
}
