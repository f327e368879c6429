using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>Keeps a signed-in person's answers between screens (one draft per person and assessment).</summary>
public sealed class DraftStore(AppDbContext db, TimeProvider time)
{
    public Task<Draft?> FindAsync(string userId, string assessmentId, Guid pairingId = default, CancellationToken cancellationToken = default)
        => db.Drafts.AsNoTracking()
            .SingleOrDefaultAsync(d => d.UserId == userId && d.AssessmentId == assessmentId && d.PairingId == pairingId, cancellationToken);

    public async Task SaveAsync(
        string userId,
        string assessmentId,
        string version,
        string kind,
        int step,
        IReadOnlyDictionary<string, string> answers,
        Guid pairingId = default,
        string culture = "",
        CancellationToken cancellationToken = default)
    {
        var draft = await db.Drafts.SingleOrDefaultAsync(
            d => d.UserId == userId && d.AssessmentId == assessmentId && d.PairingId == pairingId,
            cancellationToken);
        if (draft is null)
        {
            draft = new Draft { UserId = userId, AssessmentId = assessmentId, PairingId = pairingId };
            db.Drafts.Add(draft);
        }

        draft.AssessmentVersion = version;
        draft.RelationshipKind = kind;
        draft.Step = step;
        draft.AnswersJson = JsonSerializer.Serialize(answers);
        draft.Culture = culture;
        draft.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task DeleteAsync(string userId, string assessmentId, Guid pairingId = default, CancellationToken cancellationToken = default)
        => db.Drafts.Where(d => d.UserId == userId && d.AssessmentId == assessmentId && d.PairingId == pairingId).ExecuteDeleteAsync(cancellationToken);

    public Task<List<Draft>> ListAsync(string userId, CancellationToken cancellationToken = default)
        => db.Drafts.AsNoTracking().Where(d => d.UserId == userId).ToListAsync(cancellationToken);

    public static Dictionary<string, string> Answers(Draft draft)
        => JsonSerializer.Deserialize<Dictionary<string, string>>(draft.AnswersJson) ?? [];
}
