using System.Security.Claims;
using System.Text.Json.Nodes;
using IntimacyKit.Calendar;
using IntimacyKit.Content;
using IntimacyKit.Plans;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Scoring;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace IntimacyKit.Samples.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>: assessments, answers in and a result out, my results, a plan and its calendar. Every
/// error is a ProblemDetails; writes made with the sign-in cookie need the antiforgery header
/// (<c>GET /api/antiforgery</c> gives the token).
/// </summary>
internal static class Api
{
    public static Task Redirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static void MapIntimacyKitApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("IntimacyKit").DisableAntiforgery();
        api.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            TypedResults.Ok(new { token = antiforgery.GetAndStoreTokens(context).RequestToken, header = "RequestVerificationToken" }));
        api.MapGet("/assessments", (ContentCatalog catalog) => TypedResults.Ok(catalog.Assessments.Select(static a => new AssessmentSummary(
            a.Id, a.Version.ToString(), a.Title, a.Items.Length))));
        api.MapGet("/assessments/{id}", GetAssessment);
        api.MapPost("/results", SubmitAsync).RequireRateLimiting(RateLimits.Submissions);
        var mine = api.MapGroup("/results").RequireAuthorization();
        mine.MapGet("/", ListAsync);
        mine.MapGet("/{id:guid}", GetResultAsync);
        mine.MapGet("/{id:guid}/plan", PlanAsync);
        mine.MapGet("/{id:guid}/plan.ics", CalendarAsync);
    }

    private static Results<Ok<AssessmentDetail>, ProblemHttpResult> GetAssessment(string id, string? kind, ContentCatalog catalog)
    {
        if (!catalog.TryGetAssessment(id, out var assessment))
        {
            return NotFound($"There is no assessment '{id}'.");
        }

        kind ??= catalog.RelationshipKinds[0].Id;
        if (!catalog.TryGetRelationshipKind(kind, out _))
        {
            return BadRequest($"'{kind}' is not a relationship kind. Known: {string.Join(", ", catalog.RelationshipKinds.Select(static k => k.Id))}.");
        }

        var scale = catalog.GetResponseScale(assessment.ResponseScale);
        return TypedResults.Ok(new AssessmentDetail(
            assessment.Id,
            assessment.Version.ToString(),
            assessment.Title,
            assessment.Instructions,
            assessment.SafetyPreface,
            Detail(scale),
            [.. assessment.Items.Select((item, i) => new ItemDetail(
                item.Id,
                catalog.RenderItemText(item, kind),
                item.OffersNotApplicable,
                i < assessment.SafetyItemCount,
                Detail(catalog.GetResponseScale(assessment, item))))]));
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext context,
        Submission? submission,
        ContentCatalog catalog,
        ScoringPipeline pipeline,
        ResultStore store,
        PairingStore pairings,
        IAntiforgery antiforgery,
        TimeProvider time)
    {
        if (UserId(context) is not null && !await antiforgery.IsRequestValidAsync(context))
        {
            return BadRequest(
                "The antiforgery token is missing or wrong: get one from GET /api/antiforgery and send it in the RequestVerificationToken header.");
        }

        if (submission?.AssessmentId is not { } assessmentId || submission.Answers is not { } answers
            || (submission.RelationshipKind is null && submission.PairingId is null))
        {
            return BadRequest("Send {\"assessmentId\": ..., \"relationshipKind\": ..., \"answers\": {\"item-id\": 1-5, null (skip) or \"na\"}}, "
                + "or \"pairingId\" instead of \"relationshipKind\" to answer within a pairing.");
        }

        if (IdempotencyKey(context, out var keyProblem) is var key && keyProblem is not null)
        {
            return keyProblem;
        }

        if (!catalog.TryGetAssessment(assessmentId, out var assessment))
        {
            return NotFound($"There is no assessment '{assessmentId}'.");
        }

        var pairing = submission.PairingId is { } pairingId && UserId(context) is { } member
            ? await pairings.FindAsync(member, pairingId, context.RequestAborted)
            : null;
        if (submission.PairingId is not null && (pairing is null || assessment.DyadicPairs.IsEmpty))
        {
            return pairing is null
                ? NotFound("You are in no pairing with that id (sign in first).")
                : BadRequest($"'{assessment.Id}' has no dyadic pairs, so it cannot be compared within a pairing.");
        }

        var kind = pairing is null ? submission.RelationshipKind! : PairingStore.Side(pairing, UserId(context)!).Kind;
        if (pairing is not null && submission.RelationshipKind is { } given && given != kind)
        {
            return BadRequest($"Within this pairing the relationship kind is '{kind}'; leave relationshipKind out or send that.");
        }

        var response = ToResponse(assessment, kind, answers, time, out var problems);
        if (problems.Count > 0)
        {
            return BadRequest("Some answers cannot be read.", problems);
        }

        var outcome = pipeline.TryScore(response);
        return outcome.TryGetResult(out var result)
            ? await StoreAsync(context, result, key, Fingerprint(submission, kind), pairing, store, pairings)
            : BadRequest("The answers cannot be scored.", [.. outcome.Problems.Select(static p => p.ToString())]);
    }

    /// <summary>
    /// Stores a signed-in person's result (once per <c>Idempotency-Key</c>: a retry gets the stored one back with 200, a
    /// key reused for other answers 422), within its pairing if there is one; an anonymous person's result is only returned.
    /// </summary>
    private static async Task<IResult> StoreAsync(
        HttpContext context, AssessmentResult result, string? key, string fingerprint, Pairing? pairing, ResultStore store, PairingStore pairings)
    {
        if (UserId(context) is not { } userId)
        {
            return Results.Text(AssessmentResultSerializer.ToJson(result), "application/json");
        }

        var saved = pairing is null
            ? await store.SaveAsync(userId, result, key, key is null ? null : fingerprint, context.RequestAborted)
            : await pairings.RecordAsync(pairing, userId, result, key, key is null ? null : fingerprint, context.RequestAborted);
        switch (saved.Status)
        {
            case SaveStatus.KeyReused:
                return TypedResults.Problem(saved.Problem?.ToString(), statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused");
            case SaveStatus.Refused:
                return TypedResults.Problem(saved.Problem?.ToString(), statusCode: StatusCodes.Status409Conflict, title: "Not stored");
            default:
                context.Response.Headers.Location = $"/api/results/{saved.Stored!.Id}";
                var status = saved.Status == SaveStatus.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
                return Results.Text(saved.Stored.Json, "application/json", statusCode: status);
        }
    }

    /// <summary>
    /// What makes two submissions the same request: the assessment, relationship, pairing and answers (in item order), as
    /// SHA-256; a retry carries the same, other answers under the same key do not.
    /// </summary>
    private static string Fingerprint(Submission submission, string kind)
    {
        var answers = submission.Answers!.OrderBy(static a => a.Key, StringComparer.Ordinal).Select(static a => $"{a.Key}={a.Value?.ToJsonString()}");
        var text = string.Join('\n', [submission.AssessmentId, kind, submission.PairingId?.ToString() ?? string.Empty, .. answers]);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The request's <c>Idempotency-Key</c>: at most 100 visible ASCII characters, or none.</summary>
    private static string? IdempotencyKey(HttpContext context, out IResult? problem)
    {
        problem = null;
        if (!context.Request.Headers.TryGetValue("Idempotency-Key", out var values))
        {
            return null;
        }

        var key = values.ToString();
        if (key.Length is 0 or > ResultStore.MaxIdempotencyKeyLength || key.Any(static c => c is < '!' or > '~'))
        {
            problem = BadRequest($"The Idempotency-Key header should be 1 to {ResultStore.MaxIdempotencyKeyLength} visible ASCII characters.");
        }

        return key;
    }

    private static AssessmentResponse ToResponse(Assessment assessment, string kind, JsonObject answers, TimeProvider time, out List<string> problems)
    {
        problems = [];
        var list = new List<Answer>();
        foreach (var (itemId, node) in answers)
        {
            if (!assessment.TryGetItem(itemId, out _))
            {
                problems.Add($"answers.{itemId}: not a statement of '{assessment.Id}'.");
                continue;
            }

            switch (node)
            {
                case null:
                    list.Add(Answer.Skipped(itemId));
                    break;
                case JsonValue value when value.TryGetValue<int>(out var number):
                    list.Add(new Answer(itemId, number));
                    break;
                case JsonValue value when value.TryGetValue<string>(out var text) && text == "na":
                    list.Add(Answer.NotApplicable(itemId));
                    break;
                default:
                    problems.Add($"answers.{itemId}: should be a whole number, null (skip) or \"na\" (does not apply); found {node.ToJsonString()}.");
                    break;
            }
        }

        return new AssessmentResponse(assessment.Id, assessment.Version, kind, list, time.GetUtcNow());
    }

    private static async Task<Ok<List<ResultSummary>>> ListAsync(HttpContext context, ResultStore store) =>
        TypedResults.Ok((await store.ListAsync(UserId(context)!, context.RequestAborted)).Select(static r => new ResultSummary(
            r.Id, r.AssessmentId, r.AssessmentVersion, r.RelationshipKind, r.CompletedAtUtc, r.HasSafetyFlags)).ToList());

    private static async Task<IResult> GetResultAsync(Guid id, HttpContext context, ResultStore store) =>
        await store.FindAsync(UserId(context)!, id, context.RequestAborted) is { } stored
            ? Results.Text(stored.Json, "application/json")
            : NotFound("You have no result with that id.");

    private static async Task<IResult> PlanAsync(
        Guid id,
        int? weeks,
        int? days,
        int? minutes,
        ExerciseMode[]? modes,
        HttpContext context,
        ResultStore store,
        ContentCatalog catalog,
        TimeProvider time)
    {
        var (plan, problem) = await BuildPlanAsync(id, weeks, days, minutes, modes, context, store, catalog, time);
        if (plan is null)
        {
            return problem!;
        }

        return TypedResults.Ok(new
        {
            plan.Weeks,
            sessions = plan.Sessions.Select(static s => new
            {
                s.Date,
                s.Week,
                exercise = s.Exercise.Id,
                s.Exercise.Title,
                s.Exercise.Minutes,
                obstacle = s.ObstacleId,
            }),
            reassessments = plan.Reassessments,
        });
    }

    private static async Task<IResult> CalendarAsync(
        Guid id,
        int? weeks,
        int? days,
        int? minutes,
        ExerciseMode[]? modes,
        HttpContext context,
        ResultStore store,
        ContentCatalog catalog,
        TimeProvider time,
        IStringLocalizer<SharedResource> words)
    {
        var (plan, problem) = await BuildPlanAsync(id, weeks, days, minutes, modes, context, store, catalog, time);
        if (plan is null)
        {
            return problem!;
        }

        // The file is for the person's calendar, like the exercises in it: its name in their language.
        var ics = PracticePlanCalendar.ToICalendar(plan, words["Practice plan"]);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar", "plan.ics");
    }

    private static async Task<(PracticePlan? Plan, IResult? Problem)> BuildPlanAsync(
        Guid id, int? weeks, int? days, int? minutes, ExerciseMode[]? modes, HttpContext context, ResultStore store, ContentCatalog catalog, TimeProvider time)
    {
        if (await store.FindAsync(UserId(context)!, id, context.RequestAborted) is not { } stored)
        {
            return (null, NotFound("You have no result with that id."));
        }

        var preferences = new PlanPreferences { Weeks = weeks ?? 4, DaysPerWeek = days ?? 3, MinutesPerDay = minutes ?? 20, Modes = [.. modes ?? []] };
        if (preferences.Check() is [_, ..] problems)
        {
            return (null, BadRequest("The plan's settings are out of range.", [.. problems.Select(static p => p.ToString())]));
        }

        var result = ResultStore.Read(stored);
        if (result.HasSafetyFlags)
        {
            return (null, TypedResults.Problem(
                "No practice plan is made from a result whose safety flags stand: support comes first.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Support first"));
        }

        return (new PracticePlanBuilder(catalog, time).Build(result, preferences), null);
    }

    private static ScaleDetail Detail(ResponseScale scale) => new(scale.Min, scale.Max, [.. scale.Labels]);

    private static string? UserId(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier);

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static ProblemHttpResult BadRequest(string detail, List<string>? problems = null) => TypedResults.Problem(
        detail,
        statusCode: StatusCodes.Status400BadRequest,
        title: "Bad request",
        extensions: problems is null ? null : new Dictionary<string, object?> { ["problems"] = problems });

    internal sealed record AssessmentSummary(string Id, string Version, string Title, int Statements);

    internal sealed record AssessmentDetail(
        string Id,
        string Version,
        string Title,
        string Instructions,
        string? SafetyPreface,
        ScaleDetail Scale,
        List<ItemDetail> Items);

    internal sealed record ScaleDetail(int Min, int Max, List<string> Labels);

    /// <summary>A statement; its <c>Scale</c> is the answers it takes (safety statements may have their own).</summary>
    internal sealed record ItemDetail(string Id, string Text, bool OffersNotApplicable, bool Safety, ScaleDetail Scale);

    internal sealed record ResultSummary(
        Guid Id,
        string AssessmentId,
        string AssessmentVersion,
        string RelationshipKind,
        DateTime CompletedAtUtc,
        bool HasSafetyFlags);

    /// <summary>Answers in: the assessment, the relationship kind and the answers by item id.</summary>
    internal sealed class Submission
    {
        public string? AssessmentId { get; set; }

        public string? RelationshipKind { get; set; }

        public JsonObject? Answers { get; set; }

        /// <summary>A pairing to answer within (the relationship kind then comes from the pairing).</summary>
        public Guid? PairingId { get; set; }
    }
}
