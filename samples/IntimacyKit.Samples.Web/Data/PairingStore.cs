using System.Security.Cryptography;
using System.Text;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// Pairings between two signed-in people: invitations (a short single-use code that expires), accepting, ending, and
/// each comparison's state. Every read is scoped to a member of the pairing; the other person's answers are read only
/// for a round both have finished, and only their scale scores and dyadic-pair answers reach the report.
/// </summary>
public sealed class PairingStore(AppDbContext db, ResultStore results, ContentCatalog catalog, TimeProvider time)
{
    /// <summary>The longest private name a person may give the other.</summary>
    public const int MaxLabelLength = 60;

    /// <summary>How many open invitations one person may have at once.</summary>
    public const int MaxOpenInvitations = 10;

    /// <summary>How long an invitation works.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromHours(48);

    /// <summary>The one answer for a code that never existed, was used or has expired.</summary>
    public static readonly Phrase UnknownCode = new(
        "That code does not match an open invitation: it may be mistyped, used already or expired. Ask for a new one.");

    // Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand is not mistaken.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int CodeLength = 10;
    private static readonly Phrase AnsweredAlready = new("You have answered this round already; the comparison opens when the other person has answered too.");

    /// <summary>The assessments two people can compare: those with dyadic pairs, such as the listening check.</summary>
    public IEnumerable<Assessment> Comparable => catalog.Assessments.Where(static a => !a.DyadicPairs.IsEmpty);

    /// <summary>
    /// Who the inviter is to the other person, given who the other is to the inviter: <c>parent-child</c> and
    /// <c>child-parent</c> mirror each other (any kind <c>a-b</c> whose <c>b-a</c> the catalog has), every other kind is
    /// its own mirror.
    /// </summary>
    public string Mirror(string kind)
        => kind.Split('-') is [var a, var b] && catalog.TryGetRelationshipKind($"{b}-{a}", out var mirrored) ? mirrored.Id : kind;

    /// <summary>Makes an invitation; the code is returned once and kept only as its hash.</summary>
    /// <param name="userId">The inviter.</param>
    /// <param name="kind">Who the other person is to the inviter.</param>
    /// <param name="label">The inviter's private name for the other person.</param>
    /// <param name="shownName">The inviter's name for themselves, shown to the other person.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<(Pairing? Pairing, string? Code, Phrase? Problem)> InviteAsync(
        string userId, string kind, string? label, string? shownName = null, CancellationToken cancellationToken = default)
    {
        if (!catalog.TryGetRelationshipKind(kind, out _))
        {
            return (null, null, new Phrase(
                "'{0}' is not a relationship kind. Known: {1}.", kind, string.Join(", ", catalog.RelationshipKinds.Select(static k => k.Id))));
        }

        if ((CheckLabel(label) ?? CheckLabel(shownName)) is { } problem)
        {
            return (null, null, problem);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await db.Pairings.Where(p => p.InviteeId == null && p.ExpiresAtUtc <= now).ExecuteDeleteAsync(cancellationToken);
        if (await db.Pairings.CountAsync(p => p.InviterId == userId && p.InviteeId == null, cancellationToken) >= MaxOpenInvitations)
        {
            return (null, null, new Phrase(
                "You have {0} open invitations already: withdraw one, or wait until one is accepted or expires.", MaxOpenInvitations));
        }

        // Two open invitations with one code are all but impossible (32^10 codes), but the unique index decides: draw again.
        for (var attempt = 0; ; attempt++)
        {
            var code = NewCode();
            var pairing = new Pairing
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                InviterId = userId,
                InviterKind = kind,
                InviteeKind = Mirror(kind),
                InviterLabel = Tidy(label),
                InviterShownName = Tidy(shownName),
                CodeHash = Hash(code),
                CreatedAtUtc = now,
                ExpiresAtUtc = now + InvitationLifetime,
            };
            db.Pairings.Add(pairing);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (pairing, code, null);
            }
            catch (DbUpdateException exception) when (attempt < 3 && AppDatabase.IsUniqueViolation(exception))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The open invitation a code stands for, or <see langword="null"/> when it is unknown, used or expired.</summary>
    public Task<Pairing?> FindInvitationAsync(string code, CancellationToken cancellationToken = default)
    {
        var hash = Normalize(code) is { } normalized ? Hash(normalized) : null;
        var now = time.GetUtcNow().UtcDateTime;
        return hash is null
            ? Task.FromResult<Pairing?>(null)
            : db.Pairings.AsNoTracking().SingleOrDefaultAsync(p => p.CodeHash == hash && p.InviteeId == null && p.ExpiresAtUtc > now, cancellationToken);
    }

    /// <summary>Accepts an invitation: the code is used up at once, whoever wins a race for it.</summary>
    public async Task<(Pairing? Pairing, Phrase? Problem)> AcceptAsync(
        string userId, string code, string? label, string? shownName = null, CancellationToken cancellationToken = default)
    {
        if ((CheckLabel(label) ?? CheckLabel(shownName)) is { } labelProblem)
        {
            return (null, labelProblem);
        }

        // One answer for a code that never existed, was used or has expired: the code tells nothing more.
        if (await FindInvitationAsync(code, cancellationToken) is not { } invitation)
        {
            return (null, UnknownCode);
        }

        if (invitation.InviterId == userId)
        {
            return (null, new Phrase("This is your own invitation: give the code to the person you want to compare answers with."));
        }

        if (await db.Pairings.AnyAsync(p => p.InviteeId != null && ((p.InviterId == userId && p.InviteeId == invitation.InviterId)
            || (p.InviteeId == userId && p.InviterId == invitation.InviterId)), cancellationToken))
        {
            return (null, new Phrase("You are already paired with the person who made this invitation."));
        }

        // Taking the code is one conditional update, so two people racing for it cannot both win.
        var now = time.GetUtcNow().UtcDateTime;
        var taken = await db.Pairings
            .Where(p => p.Id == invitation.Id && p.InviteeId == null && p.CodeHash != null && p.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(
                set => set.SetProperty(p => p.InviteeId, userId)
                    .SetProperty(p => p.InviteeLabel, Tidy(label))
                    .SetProperty(p => p.InviteeShownName, Tidy(shownName))
                    .SetProperty(p => p.AcceptedAtUtc, now)
                    .SetProperty(p => p.CodeHash, (byte[]?)null),
                cancellationToken);
        return taken == 1 ? (await FindAsync(userId, invitation.Id, cancellationToken), null) : (null, UnknownCode);
    }

    /// <summary>The person's pairings that are joined, newest first.</summary>
    public Task<List<Pairing>> ListAsync(string userId, CancellationToken cancellationToken = default)
        => db.Pairings.AsNoTracking()
            .Where(p => p.InviteeId != null && (p.InviterId == userId || p.InviteeId == userId))
            .OrderByDescending(p => p.AcceptedAtUtc)
            .ToListAsync(cancellationToken);

    /// <summary>The person's invitations that nobody has accepted yet and that still work.</summary>
    public Task<List<Pairing>> OpenInvitationsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Pairings.AsNoTracking()
            .Where(p => p.InviterId == userId && p.InviteeId == null && p.ExpiresAtUtc > now)
            .OrderByDescending(p => p.CreatedAtUtc)
            .ToListAsync(cancellationToken);
    }

    /// <summary>A joined pairing the person is in, or <see langword="null"/>.</summary>
    public Task<Pairing?> FindAsync(string userId, Guid id, CancellationToken cancellationToken = default)
        => db.Pairings.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id && p.InviteeId != null && (p.InviterId == userId || p.InviteeId == userId), cancellationToken);

    /// <summary>
    /// Ends a pairing (or withdraws an open invitation) the person is in: the row goes, and with it every link to the
    /// answers given in it, so neither can see a comparison again. Each keeps their own results.
    /// </summary>
    public async Task<bool> EndAsync(string userId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ended = await db.Pairings.Where(p => p.Id == id && (p.InviterId == userId || p.InviteeId == userId)).ExecuteDeleteAsync(cancellationToken);
        if (ended == 0)
        {
            return false;
        }

        // Both people's answers in progress for this pairing are of no use now; each keeps their finished results.
        await db.Drafts.Where(d => d.PairingId == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Ends every pairing and invitation of the person (before their account is deleted).</summary>
    public async Task EndAllAsync(string userId, CancellationToken cancellationToken = default)
    {
        var ids = await db.Pairings.Where(p => p.InviterId == userId || p.InviteeId == userId).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            await EndAsync(userId, id, cancellationToken);
        }
    }

    /// <summary>The person's own answers in pairings (links to their results), for their export.</summary>
    public Task<List<PairingTake>> TakesAsync(string userId, CancellationToken cancellationToken = default)
        => db.PairingTakes.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);

    /// <summary>Where a comparison stands for the person: how many rounds each has finished, and the newest one both did.</summary>
    public async Task<Comparison> CompareAsync(Pairing pairing, string userId, string assessmentId, CancellationToken cancellationToken = default)
    {
        var takes = await db.PairingTakes.AsNoTracking()
            .Where(t => t.PairingId == pairing.Id && t.AssessmentId == assessmentId)
            .ToListAsync(cancellationToken);
        var mine = takes.Where(t => t.UserId == userId).ToList();
        var theirs = takes.Where(t => t.UserId != userId).ToList();
        var revealed = Math.Min(mine.Count, theirs.Count);
        return new Comparison(
            assessmentId,
            mine.Count,
            theirs.Count,
            revealed,
            revealed == 0 ? null : mine.Single(t => t.Round == revealed).ResultId,
            revealed == 0 ? null : theirs.Single(t => t.Round == revealed).ResultId);
    }

    /// <summary>
    /// Both results of the newest round both have finished, or <see langword="null"/> while one of them has not: the
    /// other's answers are never read before then.
    /// </summary>
    public async Task<(AssessmentResult Mine, AssessmentResult Theirs)?> RevealedAsync(
        Pairing pairing, string userId, string assessmentId, CancellationToken cancellationToken = default)
    {
        var comparison = await CompareAsync(pairing, userId, assessmentId, cancellationToken);
        if (comparison.Revealed == 0)
        {
            return null;
        }

        var ids = new[] { comparison.MyResultId!.Value, comparison.TheirResultId!.Value };
        var rows = await db.Results.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        return (ResultStore.Read(rows.Single(r => r.Id == ids[0])), ResultStore.Read(rows.Single(r => r.Id == ids[1])));
    }

    /// <summary>
    /// Saves the person's finished answers as their own result and as their answer in this round, in one transaction.
    /// Refused while they wait for the other to finish the round they have answered, and when the pairing has just ended.
    /// </summary>
    public async Task<SaveOutcome> RecordAsync(
        Pairing pairing,
        string userId,
        AssessmentResult result,
        string? idempotencyKey = null,
        string? fingerprint = null,
        CancellationToken cancellationToken = default)
    {
        if (idempotencyKey is not null && await results.FindByKeyAsync(userId, idempotencyKey, cancellationToken) is { } earlier)
        {
            return SaveOutcome.Earlier(earlier, fingerprint);
        }

        var comparison = await CompareAsync(pairing, userId, result.AssessmentId, cancellationToken);
        if (!comparison.CanAnswer)
        {
            return new SaveOutcome(null, SaveStatus.Refused, AnsweredAlready);
        }

        var stored = results.Create(userId, result, idempotencyKey, fingerprint);
        db.Results.Add(stored);
        db.PairingTakes.Add(new PairingTake
        {
            PairingId = pairing.Id,
            UserId = userId,
            AssessmentId = result.AssessmentId,
            Round = comparison.Mine + 1,
            ResultId = stored.Id,
            CompletedAtUtc = stored.CompletedAtUtc,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveOutcome(stored, SaveStatus.Created);
        }
        catch (DbUpdateException exception)
        {
            db.ChangeTracker.Clear();
            if (AppDatabase.IsUniqueViolation(exception))
            {
                // A second submission for the same round (a double click, a retry on another instance): the first one stands.
                return idempotencyKey is not null && await results.FindByKeyAsync(userId, idempotencyKey, cancellationToken) is { } same
                    ? SaveOutcome.Earlier(same, fingerprint)
                    : new SaveOutcome(null, SaveStatus.Refused, AnsweredAlready);
            }

            // The pairing was ended a moment ago (its row is gone, so the link to it cannot be written); else a real failure.
            return await FindAsync(userId, pairing.Id, cancellationToken) is null
                ? new SaveOutcome(null, SaveStatus.Refused, new Phrase("This pairing has ended, so these answers were not shared, and nothing was stored."))
                : throw new InvalidOperationException("Answers within a pairing could not be saved.", exception);
        }
    }

    /// <summary>The person's side of a pairing: who the other is to them, and the name they gave the other.</summary>
    public static (string Kind, string? Label) Side(Pairing pairing, string userId)
        => pairing.InviterId == userId ? (pairing.InviterKind, pairing.InviterLabel) : (pairing.InviteeKind, pairing.InviteeLabel);

    /// <summary>The name the other person gave for themselves, if any.</summary>
    public static string? OtherShownName(Pairing pairing, string userId)
        => pairing.InviterId == userId ? pairing.InviteeShownName : pairing.InviterShownName;

    /// <summary>Shows a code in two groups of five, as people read it aloud.</summary>
    public static string Display(string code) => code.Length == CodeLength ? $"{code[..5]}-{code[5..]}" : code;

    /// <summary>A typed code in canonical form (upper case, no spaces or dashes, O read as 0 and I or L as 1), or null.</summary>
    public static string? Normalize(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var builder = new StringBuilder(CodeLength);
        foreach (var c in code.ToUpperInvariant())
        {
            var mapped = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (Alphabet.Contains(mapped, StringComparison.Ordinal))
            {
                builder.Append(mapped);
            }
            else if (c is not (' ' or '-'))
            {
                return null;
            }
        }

        return builder.Length == CodeLength ? builder.ToString() : null;
    }

    private static string NewCode() => string.Create(CodeLength, 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });

    private static byte[] Hash(string normalized) => SHA256.HashData(Encoding.ASCII.GetBytes(normalized));

    private static string? Tidy(string? label) => string.IsNullOrWhiteSpace(label) ? null : label.Trim();

    private static Phrase? CheckLabel(string? label) => Tidy(label) is { Length: > MaxLabelLength }
        ? new Phrase("A name is at most {0} characters.", MaxLabelLength)
        : null;
}
