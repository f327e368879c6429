using IntimacyKit.Content;
using IntimacyKit.Scoring;
using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>Saving and reading a person's results; every read is scoped to its owner, so another's id is simply not found.</summary>
public sealed class ResultStore(AppDbContext db, ContentCatalog catalog, TimeProvider time)
{
    public async Task<StoredResult> SaveAsync(string userId, AssessmentResult result, CancellationToken cancellationToken = default)
    {
        var pack = catalog.Packs.First(p => p.Assessments.Any(a => a.Id == result.AssessmentId));
        var stored = new StoredResult
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
            Json = AssessmentResultSerializer.ToJson(result),
        };
        db.Results.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return stored;
    }

    public Task<StoredResult?> FindAsync(string userId, Guid id, CancellationToken cancellationToken = default)
        => db.Results.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, cancellationToken);

    public Task<List<StoredResult>> ListAsync(string userId, CancellationToken cancellationToken = default)
        => db.Results.AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.CompletedAtUtc).ToListAsync(cancellationToken);

    /// <summary>The result a stored row holds.</summary>
    public static AssessmentResult Read(StoredResult stored) => AssessmentResultSerializer.Read(stored.Json);
}
