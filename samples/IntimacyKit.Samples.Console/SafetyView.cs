using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Support;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// How the console shows safety: the support panel before any result (calm for a concern, first of all for an urgent
/// flag), with the host's real contacts under each kind of help when a directory is configured (--support), and the
/// privacy note before anything is saved. Every word comes from the pack; only the layout is the console's.
/// </summary>
internal sealed class SafetyView(IAnsiConsole console, SupportDirectory directory, ConsoleText? text = null)
{
    private ConsoleText Text { get; } = text ?? ConsoleText.English;

    /// <summary>Shows the support panel when the result carries any safety flag; returns whether it did.</summary>
    public bool ShowSupport(AssessmentResult result)
    {
        if (!result.HasSafetyFlags)
        {
            return false;
        }

        ShowSupport(result.RequiresSupportFirst, string.Join("\n\n", result.SupportMessages), result.SupportResources);
        return true;
    }

    /// <summary>Shows a support panel: red and headed "Support first" when urgent, calm otherwise.</summary>
    public void ShowSupport(bool urgent, string preface, IEnumerable<SupportResource> resources)
    {
        var lines = new List<string> { Markup.Escape(preface), string.Empty };
        foreach (var resource in resources)
        {
            lines.Add($"[bold]{Markup.Escape(resource.Title)}[/]: {Markup.Escape(resource.Description)}");
            foreach (var contact in directory.ContactsFor(resource))
            {
                lines.Add($"  {Markup.Escape(contact.ToString())}");
            }
        }

        if (!directory.IsEmpty)
        {
            lines.Add(string.Empty);
            lines.Add($"[grey]{Markup.Escape(Text.Format(Text.ContactsFor, directory.Region))}[/]");
        }

        console.Box(urgent ? Text.SupportFirst : Text.Support, new Markup(string.Join("\n", lines)), urgent ? Color.Red : Color.Yellow);
    }

    /// <summary>The pack's privacy note, shown after a flag before anything could be saved.</summary>
    public void ShowPrivacy(PackNotices notices)
        => console.Box(Text.YourPrivacy, new Markup(Markup.Escape(notices.Privacy)), Color.Yellow);
}
