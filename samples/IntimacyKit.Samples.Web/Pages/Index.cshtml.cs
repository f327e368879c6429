using IntimacyKit.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntimacyKit.Samples.Web.Pages;

public sealed class IndexModel(ContentCatalog catalog) : PageModel
{
    public Assessment QuickCheck { get; } = catalog.GetAssessment(DefaultContent.QuickCheckAssessmentId);

    public Assessment Profile { get; } = catalog.GetAssessment(DefaultContent.ProfileAssessmentId);
}
