using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>Saving and reading a person's results; every read is scoped to its owner, so another's id is simply not found.</summary>
public sealed class ResultStore(AppDbContext db, ContentCatalog catalog, TimeProvider time)
{
    /// <summary>The longest <c>Idempotency-Key</c> kept.</summary>
    public const int MaxIdempotencyKeyLength = 100;

    public async Task<StoredResult> SaveAsync(string userId, AssessmentResult result, CancellationToken cancellationToken = default)
        => (await SaveAsync(userId, result, null, null, cancellationToken)).Stored!;

    /// <summary>
    /// Saves a result once per idempotency key: when the person already has a result under <paramref name="idempotencyKey"/>
    /// (a retried request, perhaps to another app instance), that one is returned as <see cref="SaveStatus.Repeated"/>, or,
    /// when it came with other answers (<paramref name="fingerprint"/>), nothing is stored (<see cref="SaveStatus.KeyReused"/>).
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(
        string userId, AssessmentResult result, string? idempotencyKey, string? fingerprint, CancellationToken cancellationToken = default)
    {
        if (idempotencyKey is not null && await FindByKeyAsync(userId, idempotencyKey, cancellationToken) is { } earlier)
        {
            return SaveOutcome.Earlier(earlier, fingerprint);
        }

        var stored = Create(userId, result, idempotencyKey, fingerprint);
        db.Results.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveOutcome(stored, SaveStatus.Created);
        }
        catch (DbUpdateException exception) when (idempotencyKey is not null && AppDatabase.IsUniqueViolation(exception))
        {
            // The same key arrived at the same moment (on this instance or another): the unique index kept one.
            db.Entry(stored).State = EntityState.Detached;
            return SaveOutcome.Earlier((await FindByKeyAsync(userId, idempotencyKey, cancellationToken))!, fingerprint);
        }
    }

    /// <summary>The row for a result, not yet added (a pairing saves it with its link in one transaction).</summary>
    public StoredResult Create(string userId, AssessmentResult result, string? idempotencyKey = null, string? fingerprint = null)
    {
        var pack = catalog.Packs.First(p => p.Assessments.Any(a => a.Id == result.AssessmentId));
        return new StoredResult
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserId = userId,
            AssessmentId = result.AssessmentId,
            AssessmentVersion = result.AssessmentVersion.ToString(),
            PackId = pack.Id,
            PackVersion = pack.Version.ToString(),
            RelationshipKind = result.RelationshipKind,
            CompletedAtUtc = result.CompletedAt.UtcDateTime,
            HasSafetyFlags = result.HasSafetyFlags,
            IdempotencyKey = idempotencyKey,
            RequestFingerprint = fingerprint,
            Json = AssessmentResultSerializer.ToJson(result),
        };
    }

    public Task<StoredResult?> FindAsync(string userId, Guid id, CancellationToken cancellationToken = default)
        => db.Results.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, cancellationToken);

    public Task<StoredResult?> FindByKeyAsync(string userId, string idempotencyKey, CancellationToken cancellationToken = default)
        => db.Results.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.IdempotencyKey == idempotencyKey, cancellationToken);

    public Task<List<StoredResult>> ListAsync(string userId, CancellationToken cancellationToken = default)
        => db.Results.AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.CompletedAtUtc).ToListAsync(cancellationToken);

    /// <summary>
    /// Whether the person's newest result has safety flags that stand. While it does, support comes first and nothing
    /// prompts them to invite anyone.
    /// </summary>
    public async Task<StoredResult?> NewestFlaggedAsync(string userId, CancellationToken cancellationToken = default)
        => await db.Results.AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.CompletedAtUtc)
            .FirstOrDefaultAsync(cancellationToken) is { HasSafetyFlags: true } newest ? newest : null;

    /// <summary>The result a stored row holds.</summary>
    public static AssessmentResult Read(StoredResult stored) => AssessmentResultSerializer.Read(stored.Json);
}
