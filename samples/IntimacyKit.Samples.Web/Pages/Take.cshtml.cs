using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Samples.Web.Taking;
using IntimacyKit.Scoring;
using IntimacyKit.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>
/// Taking an assessment: who it is about, then the safety screen, then the statements a few at a time. The answers so
/// far travel with the form, so an anonymous person's answers are never stored; a signed-in person's result is saved
/// when they finish. Within a pairing (<c>?pairing=id</c>), the relationship is the person's side of the pairing and
/// the finished answers become their answer in the comparison.
/// </summary>
[EnableRateLimiting(RateLimits.Submissions)]
public sealed class TakeModel(
    ContentCatalog catalog,
    ScoringPipeline pipeline,
    ResultStore store,
    DraftStore drafts,
    PairingStore pairings,
    SafetyStanding standing,
    SupportDirectory support,
    TimeProvider time) : PageModel
{
    public Screens Screens { get; private set; } = null!;

    public RelationshipKind? Kind { get; private set; }

    /// <summary>The answers so far, by item id.</summary>
    [BindProperty(Name = "a")]
    public Dictionary<string, string> Answers { get; set; } = new(StringComparer.Ordinal);

    [BindProperty(SupportsGet = true)]
    public string? RelationshipKind { get; set; }

    /// <summary>The pairing these answers are for, if any.</summary>
    [BindProperty(SupportsGet = true, Name = "pairing")]
    public Guid? PairingId { get; set; }

    /// <summary>The pairing, loaded for a member of it.</summary>
    public Pairing? Pair { get; private set; }

    [BindProperty]
    public int Step { get; set; }

    [BindProperty]
    public string? Nav { get; set; }

    /// <summary>What could not be used from the form, for the page to say in the person's language.</summary>
    public List<Phrase> Problems { get; } = [];

    /// <summary>The scored result, for a person who is not signed in (shown here, never stored).</summary>
    public ResultView? Result { get; private set; }

    public ContentCatalog Catalog => catalog;

    /// <summary>Support to show at once, above the next statements, when the safety screen raised a flag.</summary>
    public SupportView? SupportNow { get; private set; }

    /// <summary>
    /// The language of answers kept from another language (the person switched it half-way), which are not carried on
    /// here: one instrument is answered in one language. <see langword="null"/> otherwise.
    /// </summary>
    public string? OtherLanguage { get; private set; }

    private bool AnsweredInAnotherLanguage(Draft draft)
    {
        var here = catalog.PackFor(Screens.Assessment.Id).Culture;
        if (draft.Culture.Length == 0 || CultureName.AreSame(draft.Culture, here))
        {
            return false;
        }

        OtherLanguage = Languages.Offered.FirstOrDefault(o => CultureName.AreSame(o.Culture, draft.Culture)).Name ?? draft.Culture;
        return true;
    }

    /// <summary>Whether this page carries on from answers kept for a signed-in person.</summary>
    public bool Resumed { get; private set; }

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private Guid DraftScope => Pair?.Id ?? Guid.Empty;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        Step = 0;
        // A signed-in person carries on where they left off, with the same assessment version and relationship.
        if (UserId is { } userId && await drafts.FindAsync(userId, id, DraftScope, HttpContext.RequestAborted) is { } draft
            && draft.AssessmentVersion == Screens.Assessment.Version.ToString() && draft.Step < Screens.Count
            && catalog.TryGetRelationshipKind(draft.RelationshipKind, out var kind) && (Pair is null || kind.Id == Kind?.Id)
            && !AnsweredInAnotherLanguage(draft))
        {
            var answers = DraftStore.Answers(draft);
            if (Screens.Check(catalog, answers).Count == 0)
            {
                Kind = kind;
                Answers = new Dictionary<string, string>(answers, StringComparer.Ordinal);
                Step = draft.Step;
                Resumed = true;

                // Coming back to answers whose safety screen raised a flag: support first again, as it was then.
                SupportNow = standing.For(draft);
            }
        }

        return Page();
    }

    /// <summary>Forgets the answers kept so far and starts the assessment again.</summary>
    public async Task<IActionResult> OnPostRestartAsync(string id)
    {
        if (UserId is { } userId)
        {
            await drafts.DeleteAsync(userId, id, PairingId ?? Guid.Empty, HttpContext.RequestAborted);
        }

        return Redirect($"/take/{Uri.EscapeDataString(id)}" + (PairingId is { } pairing ? $"?pairing={pairing}" : string.Empty));
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (Kind is null || Step < 0 || Step >= Screens.Count || Nav is not ("next" or "back"))
        {
            Problems.Add(new Phrase("The form was not one this page sent; start again from the beginning."));
            Step = 0;
            return BadRequestPage();
        }

        Problems.AddRange(Screens.Check(catalog, Answers));
        if (Problems.Count > 0)
        {
            return BadRequestPage();
        }

        if (Nav == "next" && Screens.IsSafety(Step))
        {
            // Safety first: whoever may be in danger sees support as soon as the safety statements are answered, not
            // only at the end (they may stop, or leave, before it).
            var screened = pipeline.TryScore(Screens.Response(Kind.Id, Answers, time.GetUtcNow()));
            SupportNow = screened.Result is { } partial ? SupportView.For(partial, support) : null;
        }

        if (Nav == "back" || Step < Screens.Count - 1)
        {
            Step = Nav == "back" ? Math.Max(0, Step - 1) : Step + 1;
            if (UserId is { } userId)
            {
                await drafts.SaveAsync(
                    userId,
                    Screens.Assessment.Id,
                    Screens.Assessment.Version.ToString(),
                    Kind.Id,
                    Step,
                    Answers,
                    DraftScope,
                    catalog.PackFor(Screens.Assessment.Id).Culture,
                    HttpContext.RequestAborted);
            }

            return Page();
        }

        return await FinishAsync();
    }

    private async Task<IActionResult> FinishAsync()
    {
        var outcome = pipeline.TryScore(Screens.Response(Kind!.Id, Answers, time.GetUtcNow()));
        if (!outcome.TryGetResult(out var result))
        {
            // The checks above catch what a form can get wrong, so this is rare; the library's wording is for developers.
            Problems.Add(new Phrase("These answers could not be scored; start again from the beginning."));
            return BadRequestPage();
        }

        if (UserId is { } userId && Pair is { } pair)
        {
            var recorded = await pairings.RecordAsync(pair, userId, result, cancellationToken: HttpContext.RequestAborted);
            if (recorded.Status == SaveStatus.Refused)
            {
                // Nothing stored (answered already, or the pairing has just ended): say so, and keep the answers.
                Problems.Add(recorded.Problem!);
                return BadRequestPage();
            }

            await drafts.DeleteAsync(userId, Screens.Assessment.Id, pair.Id, HttpContext.RequestAborted);
            return Redirect($"/pairs/{pair.Id}");
        }

        if (UserId is { } owner)
        {
            var stored = await store.SaveAsync(owner, result, HttpContext.RequestAborted);
            await drafts.DeleteAsync(owner, Screens.Assessment.Id, cancellationToken: HttpContext.RequestAborted);
            return Redirect($"/results/{stored.Id}");
        }

        Result = new ResultView(result, catalog, support, null);
        return Page();
    }

    private PageResult BadRequestPage()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    /// <summary>Loads the assessment (and pairing); returns what to answer instead when either cannot be used.</summary>
    private async Task<IActionResult?> LoadAsync(string id)
    {
        if (!catalog.TryGetAssessment(id, out var assessment))
        {
            return NotFound();
        }

        Screens = Screens.For(catalog, assessment);
        Kind = RelationshipKind is { } kind && catalog.TryGetRelationshipKind(kind, out var found) ? found : null;
        if (PairingId is not { } pairingId)
        {
            return null;
        }

        if (UserId is not { } userId)
        {
            return Challenge();
        }

        Pair = await pairings.FindAsync(userId, pairingId, HttpContext.RequestAborted);
        if (Pair is null || assessment.DyadicPairs.IsEmpty)
        {
            return NotFound();
        }

        // Who the other person is comes from the pairing, never from the form.
        Kind = catalog.GetRelationshipKind(PairingStore.Side(Pair, userId).Kind);
        var comparison = await pairings.CompareAsync(Pair, userId, assessment.Id, HttpContext.RequestAborted);
        return comparison.CanAnswer ? null : Redirect($"/pairs/{Pair.Id}");
    }
}
