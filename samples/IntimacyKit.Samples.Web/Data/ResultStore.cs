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
        => (await SaveAsync(userId, result, null, cancellationToken)).Stored;

    /// <summary>
    /// Saves a result once per idempotency key: when the person already has a result under <paramref name="idempotencyKey"/>
    /// (a retried request, perhaps to another app instance), that one is returned with <c>Created</c> false.
    /// </summary>
    public async Task<(StoredResult Stored, bool Created)> SaveAsync(
        string userId, AssessmentResult result, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        if (idempotencyKey is not null && await FindByKeyAsync(userId, idempotencyKey, cancellationToken) is { } earlier)
        {
            return (earlier, false);
        }

        var stored = Create(userId, result, idempotencyKey);
        db.Results.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (stored, true);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same key arrived at the same moment (on this instance or another): the unique index kept one.
            db.Entry(stored).State = EntityState.Detached;
            return (await FindByKeyAsync(userId, idempotencyKey, cancellationToken) ?? throw new InvalidOperationException(
                "A result could not be saved, and no result holds its idempotency key."), false);
        }
    }

    /// <summary>The row for a result, not yet added (a pairing saves it with its link in one transaction).</summary>
    public StoredResult Create(string userId, AssessmentResult result, string? idempotencyKey = null)
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
