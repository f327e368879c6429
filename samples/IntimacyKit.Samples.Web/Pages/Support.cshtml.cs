using IntimacyKit.Content;
using IntimacyKit.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>Every kind of help the content describes, with the host's contacts for each, and ways to browse more safely.</summary>
public sealed class SupportModel(ContentCatalog catalog, SupportDirectory contacts) : PageModel
{
    public IReadOnlyList<SupportResource> Resources { get; } = catalog.SupportResources;

    public SupportDirectory Contacts { get; } = contacts;
}
