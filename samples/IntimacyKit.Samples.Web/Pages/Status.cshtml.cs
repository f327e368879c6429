using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>An error status as a page with the site's layout (and its quick exit), for browsers; the API answers ProblemDetails.</summary>
[IgnoreAntiforgeryToken] // the error page re-executes the failed request, whatever its method
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Text { get; private set; } = "Nothing you answered was lost because of it.";

    /// <summary>A form post that failed (too many attempts, ...) shows the same page.</summary>
    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        (Title, Text) = code switch
        {
            404 => ("Not found", "There is nothing at this address, or it is not yours to see."),
            429 => ("Please wait a moment", "There were many requests from here in a short time. Try again in a minute."),
            400 => ("That did not work", "The page could not use what was sent. Go back and try again."),
            _ => (Title, Text),
        };
    }
}
