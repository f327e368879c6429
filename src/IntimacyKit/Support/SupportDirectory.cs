using System.Collections.Frozen;
using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Support;

/// <summary>
/// The host's real contacts for kinds of help, for one region. Register one with
/// <c>services.AddIntimacyKit().AddSupportDirectory(...)</c>; hosts show <see cref="ContactsFor(SupportResource)"/> under
/// each support resource of a flagged result. With none configured (<see cref="Empty"/>), hosts show the resource's
/// description only, which speaks of "your local emergency number" and never promises a number.
/// </summary>
public sealed class SupportDirectory
{
    private readonly FrozenDictionary<string, ImmutableArray<SupportContact>> _byKind;

    /// <summary>Creates a directory.</summary>
    /// <param name="region">The region the contacts serve, such as "United Kingdom"; shown with them.</param>
    /// <param name="contacts">The contacts, in the order to show them within each kind.</param>
    public SupportDirectory(string region, IEnumerable<SupportContact> contacts)
    {
        Region = Guard.NotBlank(region);
        Contacts = Immutable.Copy(contacts);
        _byKind = Contacts.GroupBy(static c => c.Kind, StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    private SupportDirectory()
    {
        Region = string.Empty;
        Contacts = [];
        _byKind = FrozenDictionary<string, ImmutableArray<SupportContact>>.Empty;
    }

    /// <summary>No contacts: hosts show the kinds of help only.</summary>
    public static SupportDirectory Empty { get; } = new();

    /// <summary>The region the contacts serve; empty for <see cref="Empty"/>.</summary>
    public string Region { get; }

    /// <summary>Every contact.</summary>
    public ImmutableArray<SupportContact> Contacts { get; }

    /// <summary>Whether the directory has no contacts.</summary>
    public bool IsEmpty => Contacts.IsEmpty;

    /// <summary>The contacts for a kind of help.</summary>
    /// <param name="kind">Kind of help, such as <c>crisis-line</c>.</param>
    /// <returns>The contacts; empty when the host configured none for that kind.</returns>
    public ImmutableArray<SupportContact> ContactsFor(string kind)
        => _byKind.TryGetValue(Guard.NotNull(kind), out var contacts) ? contacts : [];

    /// <summary>The contacts for a support resource's kind.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The contacts; empty when the host configured none for its kind.</returns>
    public ImmutableArray<SupportContact> ContactsFor(SupportResource resource) => ContactsFor(Guard.NotNull(resource).Kind);
}
