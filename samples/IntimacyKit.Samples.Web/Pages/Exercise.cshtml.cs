using IntimacyKit.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntimacyKit.Samples.Web.Pages;

public sealed class ExerciseModel(ContentCatalog catalog) : PageModel
{
    public Exercise Exercise { get; private set; } = null!;

    public List<Obstacle> Targets { get; } = [];

    public IActionResult OnGet(string id)
    {
        if (!catalog.TryGetExercise(id, out var exercise))
        {
            return NotFound();
        }

        Exercise = exercise;
        Targets.AddRange(exercise.Targets.Select(t => catalog.TryGetObstacle(t, out var o) ? o : null).OfType<Obstacle>());
        return Page();
    }
}
