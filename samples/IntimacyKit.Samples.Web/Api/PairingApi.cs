using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Samples.Web.Pages.Pairs;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntimacyKit.Samples.Web.Api;

/// <summary>
/// Pairings under <c>/api/pairings</c>: invitations, accepting a code, ending, each comparison's state and, once both have
/// answered, the dyadic report. Answers go in through <c>POST /api/results</c> with a <c>pairingId</c>. Nothing here
/// carries either person's safety answers or flags: the report is built from scale scores and dyadic-pair answers only.
/// </summary>
internal static class PairingApi
{
    public static void MapPairingApi(this IEndpointRouteBuilder app)
    {
        var pairs = app.MapGroup("/api/pairings").WithTags("Pairings").RequireAuthorization().DisableAntiforgery();
        pairs.MapGet("/", ListAsync);
        pairs.MapGet("/{id:guid}", GetAsync);
        pairs.MapGet("/{id:guid}/reports/{assessmentId}", ReportAsync);
        pairs.MapGet("/invitations", InvitationsAsync);
        var writes = pairs.MapGroup(string.Empty).AddEndpointFilter(RequireAntiforgeryAsync);
        writes.MapPost("/invitations", InviteAsync).RequireRateLimiting(RateLimits.Submissions);
        writes.MapPost("/accept", AcceptAsync).RequireRateLimiting(RateLimits.Codes);
        writes.MapDelete("/{id:guid}", EndAsync);
    }

    private static async ValueTask<object?> RequireAntiforgeryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        return await antiforgery.IsRequestValidAsync(context.HttpContext)
            ? await next(context)
            : Problem(
                StatusCodes.Status400BadRequest,
                "The antiforgery token is missing or wrong: get one from GET /api/antiforgery and send it in the RequestVerificationToken header.");
    }

    private static async Task<Ok<List<PairingSummary>>> ListAsync(HttpContext context, PairingStore store)
    {
        var list = new List<PairingSummary>();
        foreach (var pairing in await store.ListAsync(UserId(context), context.RequestAborted))
        {
            list.Add(await SummaryAsync(pairing, UserId(context), store, context.RequestAborted));
        }

        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<PairingSummary>, ProblemHttpResult>> GetAsync(Guid id, HttpContext context, PairingStore store)
        => await store.FindAsync(UserId(context), id, context.RequestAborted) is { } pairing
            ? TypedResults.Ok(await SummaryAsync(pairing, UserId(context), store, context.RequestAborted))
            : Problem(StatusCodes.Status404NotFound, "You are in no pairing with that id.");

    private static async Task<Ok<List<InvitationSummary>>> InvitationsAsync(HttpContext context, PairingStore store)
        => TypedResults.Ok((await store.OpenInvitationsAsync(UserId(context), context.RequestAborted))
            .Select(static p => new InvitationSummary(p.Id, p.InviterKind, p.InviterLabel, p.ExpiresAtUtc))
            .ToList());

    private static async Task<Results<Created<NewInvitation>, ProblemHttpResult>> InviteAsync(
        InvitationRequest? request, HttpContext context, PairingStore store)
    {
        var (pairing, code, problem) = await store.InviteAsync(
            UserId(context), request?.RelationshipKind ?? string.Empty, request?.Name, request?.ShownName, context.RequestAborted);
        if (pairing is null || code is null)
        {
            return Problem(StatusCodes.Status400BadRequest, problem!.ToString());
        }

        var link = $"{context.Request.Scheme}://{context.Request.Host}/pairs/accept?code={code}";
        return TypedResults.Created(
            "/api/pairings/invitations",
            new NewInvitation(pairing.Id, PairingStore.Display(code), link, pairing.InviterKind, pairing.ExpiresAtUtc));
    }

    private static async Task<Results<Created<PairingSummary>, ProblemHttpResult>> AcceptAsync(
        AcceptRequest? request, HttpContext context, PairingStore store)
    {
        var (pairing, problem) = await store.AcceptAsync(
            UserId(context), request?.Code ?? string.Empty, request?.Name, request?.ShownName, context.RequestAborted);
        return pairing is null
            ? Problem(StatusCodes.Status400BadRequest, problem!.ToString())
            : TypedResults.Created($"/api/pairings/{pairing.Id}", await SummaryAsync(pairing, UserId(context), store, context.RequestAborted));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> EndAsync(Guid id, HttpContext context, PairingStore store)
        => await store.EndAsync(UserId(context), id, context.RequestAborted)
            ? TypedResults.NoContent()
            : Problem(StatusCodes.Status404NotFound, "You are in no pairing with that id.");

    private static async Task<Results<Ok<PairReport>, ProblemHttpResult>> ReportAsync(
        Guid id, string assessmentId, HttpContext context, PairingStore store, ContentCatalog catalog)
    {
        if (await store.FindAsync(UserId(context), id, context.RequestAborted) is not { } pairing)
        {
            return Problem(StatusCodes.Status404NotFound, "You are in no pairing with that id.");
        }

        if (!store.Comparable.Any(a => a.Id == assessmentId) || !catalog.TryGetAssessment(assessmentId, out var assessment))
        {
            return Problem(StatusCodes.Status404NotFound, $"'{assessmentId}' is not an assessment two people can compare.");
        }

        var (kind, label) = PairingStore.Side(pairing, UserId(context));
        var other = PairView.NameFor(catalog.GetRelationshipKind(kind), label ?? PairingStore.OtherShownName(pairing, UserId(context)));
        if (await store.RevealedAsync(pairing, UserId(context), assessmentId, context.RequestAborted) is not { } both)
        {
            return Problem(StatusCodes.Status409Conflict, "The comparison opens once you have both answered.", "Not yet");
        }

        if (both.Mine.AssessmentVersion != both.Theirs.AssessmentVersion)
        {
            return Problem(StatusCodes.Status409Conflict, "You answered different versions of this check: compare again to see the answers side by side.");
        }

        var comparison = await store.CompareAsync(pairing, UserId(context), assessmentId, context.RequestAborted);
        return TypedResults.Ok(PairReport.From(DyadicReport.Create(both.Mine, both.Theirs, assessment.DyadicPairs, "you", other), comparison.Revealed));
    }

    private static async Task<PairingSummary> SummaryAsync(Pairing pairing, string userId, PairingStore store, CancellationToken cancellationToken)
    {
        var (kind, label) = PairingStore.Side(pairing, userId);
        var comparisons = new List<ComparisonSummary>();
        foreach (var assessment in store.Comparable)
        {
            var state = await store.CompareAsync(pairing, userId, assessment.Id, cancellationToken);
            comparisons.Add(new ComparisonSummary(assessment.Id, state.Mine, state.Theirs, state.Revealed, state.CanAnswer));
        }

        return new PairingSummary(pairing.Id, kind, label, PairingStore.OtherShownName(pairing, userId), pairing.AcceptedAtUtc, comparisons);
    }

    private static string UserId(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private static ProblemHttpResult Problem(int status, string detail, string? title = null)
        => TypedResults.Problem(detail, statusCode: status, title: title);

    /// <summary>Who the other is to me, my private name for them, and the name they will see for me.</summary>
    internal sealed record InvitationRequest(string? RelationshipKind, string? Name, string? ShownName);

    /// <summary>The code, my private name for the inviter, and the name they will see for me.</summary>
    internal sealed record AcceptRequest(string? Code, string? Name, string? ShownName);

    internal sealed record NewInvitation(Guid Id, string Code, string Link, string RelationshipKind, DateTime ExpiresAtUtc);

    internal sealed record InvitationSummary(Guid Id, string RelationshipKind, string? Name, DateTime ExpiresAtUtc);

    /// <summary>A pairing as one of its people sees it: who the other is to them and the name they gave them.</summary>
    internal sealed record PairingSummary(
        Guid Id, string RelationshipKind, string? Name, string? TheirShownName, DateTime? PairedAtUtc, List<ComparisonSummary> Comparisons);

    /// <summary>Rounds each has finished, the newest both have (0: none yet), and whether this person can answer now.</summary>
    internal sealed record ComparisonSummary(string AssessmentId, int YouAnswered, int TheyAnswered, int RevealedRound, bool CanAnswer);

    /// <summary>The dyadic report for "you" and the other person; the same words open it for everyone.</summary>
    internal sealed record PairReport(
        string AssessmentId,
        int Round,
        string SafetyNotice,
        List<string> SupportResources,
        string Disclaimer,
        string Other,
        List<PairScale> Scales,
        List<PairGap> GapsAboutYou,
        List<PairGap> GapsAboutOther)
    {
        public static PairReport From(DyadicReport report, int round) => new(
            report.AssessmentId,
            round,
            report.Notice,
            [.. report.SupportResources.Select(static r => r.Id)],
            report.Disclaimer,
            report.SecondName,
            [.. report.Scales.Select(static s => new PairScale(s.ScoreId, s.Title, s.First, s.Second, s.Difference, s.Text))],
            [.. report.GapsAboutFirst.Select(static g => new PairGap(g.PairId, g.Title, g.Self, g.ByOther, g.Gap, g.Text))],
            [.. report.GapsAboutSecond.Select(static g => new PairGap(g.PairId, g.Title, g.Self, g.ByOther, g.Gap, g.Text))]);
    }

    internal sealed record PairScale(string ScoreId, string Title, double? You, double? Other, double? Difference, string Text);

    /// <summary>How a person rates themselves (<c>Self</c>) against how the other rates them (<c>ByOther</c>).</summary>
    internal sealed record PairGap(string PairId, string Title, int? Self, int? ByOther, int? Gap, string Text);
}
