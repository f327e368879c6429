using System.Security.Claims;
using IntimacyKit.Content;
using IntimacyKit.Plans;
using IntimacyKit.Samples.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>A plan built from one of my results: weeks, days and minutes chosen, shown week by week, downloadable as .ics.</summary>
public sealed class PlanModel(ResultStore store, ContentCatalog catalog, TimeProvider time) : PageModel
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

    public List<string> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await store.FindAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, id, HttpContext.RequestAborted) is not { } stored)
        {
            return NotFound();
        }

        Id = id;
        var preferences = new PlanPreferences { Weeks = Weeks, DaysPerWeek = Days, MinutesPerDay = Minutes, Modes = [.. Modes.Distinct()] };
        Problems.AddRange(preferences.Check().Select(static p => $"{p.Property}: {p.Message}"));
        if (Problems.Count == 0)
        {
            Plan = new PracticePlanBuilder(catalog, time).Build(ResultStore.Read(stored), preferences);
        }

        return Page();
    }
}
