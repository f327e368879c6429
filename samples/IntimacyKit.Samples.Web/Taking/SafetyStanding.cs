using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Samples.Web.Pages;
using IntimacyKit.Scoring;
using IntimacyKit.Support;

namespace IntimacyKit.Samples.Web.Taking;

/// <summary>
/// Whether support comes first for a signed-in person now: their newest saved result has flags that stand, or answers
/// they have in progress raise one (the safety screen of a check they stopped, in a pairing or not). A flag raised and
/// then left unfinished is not forgotten: while it stands, pages show support first and nothing prompts the person to
/// invite, accept, answer with or compare with anyone. Starting that check again, or finishing it, settles it.
/// </summary>
public sealed class SafetyStanding(
    ResultStore results, DraftStore drafts, ContentCatalog catalog, ScoringPipeline pipeline, SupportDirectory support, TimeProvider time)
{
    /// <summary>The support to show first, or <see langword="null"/> when no flag stands.</summary>
    public async Task<SupportView?> SupportAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (await results.NewestFlaggedAsync(userId, cancellationToken) is { } flagged)
        {
            return SupportView.For(ResultStore.Read(flagged), support);
        }

        foreach (var draft in await drafts.ListAsync(userId, cancellationToken))
        {
            if (For(draft) is { } raised)
            {
                return raised;
            }
        }

        return null;
    }

    /// <summary>The support that answers in progress call for, or <see langword="null"/>.</summary>
    public SupportView? For(Draft draft)
    {
        if (!catalog.TryGetAssessment(draft.AssessmentId, out var assessment) || draft.AssessmentVersion != assessment.Version.ToString()
            || !catalog.TryGetRelationshipKind(draft.RelationshipKind, out _))
        {
            return null;
        }

        var answers = DraftStore.Answers(draft);
        var screens = Screens.For(catalog, assessment);
        if (screens.Check(catalog, answers).Count > 0)
        {
            return null;
        }

        var screened = pipeline.TryScore(screens.Response(draft.RelationshipKind, answers, time.GetUtcNow()));
        return screened.Result is { } partial ? SupportView.For(partial, support) : null;
    }
}
