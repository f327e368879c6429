using IntimacyKit.Serialization;
using IntimacyKit.Support;

namespace IntimacyKit.Samples.Web;

/// <summary>What the sample takes from configuration: extra content packs and the region's real support contacts.</summary>
internal static class Configuration
{
    /// <summary>
    /// <c>Content:Packs</c>: paths of further packs (read and validated at start, any problem stops the app with its
    /// location); <c>Support</c>: <c>Region</c> and <c>Contacts</c> (<c>Kind</c>, <c>Name</c>, <c>Phone</c>, <c>Text</c>,
    /// <c>Url</c>, <c>Hours</c>), the contacts shown under each kind of help. None are invented: with none configured,
    /// people see the kinds of help only.
    /// </summary>
    public static IIntimacyKitBuilder AddConfiguredContent(this IIntimacyKitBuilder kit, IConfiguration configuration)
    {
        foreach (var path in configuration.GetSection("Content:Packs").Get<string[]>() ?? [])
        {
            kit.AddContentPack(_ => ContentPackReader.Default.ReadFile(path).GetPackOrThrow());
        }

        var contacts = configuration.GetSection("Support:Contacts").Get<ContactSettings[]>() ?? [];
        if (contacts.Length > 0)
        {
            kit.AddSupportDirectory(new SupportDirectory(
                configuration["Support:Region"] ?? string.Empty,
                contacts.Select(static c => new SupportContact(c.Kind, c.Name, c.Phone, c.Text, c.Url, c.Hours))));
        }

        return kit;
    }

    internal sealed class ContactSettings
    {
        public string Kind { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Phone { get; set; }

        public string? Text { get; set; }

        public string? Url { get; set; }

        public string? Hours { get; set; }
    }
}
