using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Plans;
using IntimacyKit.Samples.Web.Data;
using IntimacyKit.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>A plan built from one of my results: weeks, days and minutes chosen, shown week by week, downloadable as .ics.</summary>
public sealed class PlanModel(ResultStore store, ContentCatalog catalog, SupportDirectory support, TimeProvider time) : PageModel
{
    public Guid Id { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int Weeks { get; set; } = 4;

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = 3;

    [BindProperty(SupportsGet = true)]
    public int Minutes { get; set; } = 20;

    /// <summary>The kinds of exercise the person is open to; none chosen means all.</summary>
    [BindProperty(SupportsGet = true)]
    public List<ExerciseMode> Modes { get; set; } = [];

    public PracticePlan? Plan { get; private set; }

    /// <summary>Said before the calendar download: anyone who uses the device may see a saved file or calendar entry.</summary>
    public string PrivacyNote => "Anyone who uses this device, or shares your calendar, may be able to see this file and its entries. "
        + "Download it only if that is safe for you.";

    /// <summary>Settings out of range, for the page to say in the person's language.</summary>
    public List<Phrase> Problems { get; } = [];

    /// <summary>Support instead of a plan, while the result's safety flags stand.</summary>
    public SupportView? Support { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await store.FindAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, id, HttpContext.RequestAborted) is not { } stored)
        {
            return NotFound();
        }

        Id = id;
        var result = ResultStore.Read(stored);
        if (SupportView.For(result, support) is { } flagged)
        {
            // No practice is planned while a flag stands (and no calendar file is offered): support comes first.
            Support = flagged;
            return Page();
        }

        var preferences = new PlanPreferences { Weeks = Weeks, DaysPerWeek = Days, MinutesPerDay = Minutes, Modes = [.. Modes.Distinct()] };
        Problems.AddRange(preferences.Check().Select(static p =>
            new Phrase("{0}: {1:N0} is not between {2:N0} and {3:N0}.", Setting(p.Property), p.Value, p.Min, p.Max)));
        if (Problems.Count == 0)
        {
            Plan = new PracticePlanBuilder(catalog, time).Build(result, preferences);
        }

        return Page();
    }

    /// <summary>A setting as the form names it.</summary>
    private static Phrase Setting(string property) => property switch
    {
        nameof(PlanPreferences.Weeks) => new Phrase("Weeks"),
        nameof(PlanPreferences.DaysPerWeek) => new Phrase("Days a week"),
        nameof(PlanPreferences.MinutesPerDay) => new Phrase("Minutes a day"),
        _ => new Phrase("{0}", property),
    };
}
