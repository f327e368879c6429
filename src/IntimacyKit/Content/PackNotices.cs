using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// The words a pack gives hosts to show around results and safety flags, in the pack's own language: the disclaimer,
/// the calm preface of a concern, the preface of an urgent flag, and the note on privacy after a flag. Every host shows
/// them, so they are content, not host code.
/// </summary>
public sealed class PackNotices
{
    /// <summary>Creates the notices of a pack.</summary>
    /// <param name="disclaimer">Shown wherever a result appears: that this is a tool for reflection, not a diagnosis.</param>
    /// <param name="concern">Shown before results when a concern flag is raised, above its support resources.</param>
    /// <param name="urgent">Shown before anything else when an urgent flag is raised, above its support resources.</param>
    /// <param name="privacy">Shown after a flag, before anything is saved: who else may see files on the device.</param>
    public PackNotices(string disclaimer, string concern, string urgent, string privacy)
    {
        Disclaimer = Guard.NotNull(disclaimer);
        Concern = Guard.NotNull(concern);
        Urgent = Guard.NotNull(urgent);
        Privacy = Guard.NotNull(privacy);

        // Blank texts are reported by the pack validator with their JSON path; a host building notices in code gets
        // the same rule there.
    }

    /// <summary>
    /// The notices of a pack that gives none (English): packs written before notices existed still show a disclaimer and
    /// calm words with every flag.
    /// </summary>
    public static PackNotices Default { get; } = new(
        "This is a tool for reflection, not a diagnosis. Its bands are scale-anchored and not normed.",
        "Some of your answers suggest that things may not always feel safe or easy. You deserve support; the options below are there if and when you want " +
        "them.",
        "Your answers suggest that you may not be safe. Your safety comes first: please look at the support options below before anything else.",
        "Saved files, calendar entries and your command history can be seen by anyone who uses this device. Save only if that is safe for you.");

    /// <summary>That this is a tool for reflection, not a diagnosis; shown wherever a result appears.</summary>
    public string Disclaimer { get; }

    /// <summary>Shown before results when a concern flag is raised.</summary>
    public string Concern { get; }

    /// <summary>Shown before anything else when an urgent flag is raised.</summary>
    public string Urgent { get; }

    /// <summary>Shown after a flag, before anything is saved.</summary>
    public string Privacy { get; }
}
