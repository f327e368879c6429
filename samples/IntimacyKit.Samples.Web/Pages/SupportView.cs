using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Support;

namespace IntimacyKit.Samples.Web.Pages;

/// <summary>The support panel: the pack's words for the flags raised, then each kind of help with the host's contacts.</summary>
public sealed class SupportView(bool urgent, IReadOnlyList<string> messages, IReadOnlyList<SupportResource> resources, SupportDirectory contacts)
{
    public bool Urgent { get; } = urgent;

    public IReadOnlyList<string> Messages { get; } = messages;

    public IReadOnlyList<SupportResource> Resources { get; } = resources;

    public SupportDirectory Contacts { get; } = contacts;

    /// <summary>The panel for a result whose safety flags stand, or <see langword="null"/> when none does.</summary>
    public static SupportView? For(AssessmentResult result, SupportDirectory contacts) => result.HasSafetyFlags
        ? new SupportView(result.RequiresSupportFirst, result.SupportMessages, result.SupportResources, contacts)
        : null;
}
