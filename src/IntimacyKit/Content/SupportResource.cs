using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// A kind of help a person can turn to, such as emergency services or a licensed therapist.
/// Packs describe kinds of help only; hosts supply real contacts, so a pack never carries phone numbers or web addresses.
/// </summary>
public sealed class SupportResource
{
    /// <summary>Creates a support resource.</summary>
    /// <param name="id">Stable kebab-case id.</param>
    /// <param name="kind">Kebab-case kind of help, such as <c>emergency-services</c>, <c>domestic-abuse-service</c> or <c>therapist</c>; hosts map kinds to
    /// real contacts.</param>
    /// <param name="title">Name shown to people.</param>
    /// <param name="description">When and how this kind of help is useful.</param>
    public SupportResource(string id, string kind, string title, string description)
    {
        Id = Guard.NotNull(id);
        Kind = Guard.NotNull(kind);
        Title = Guard.NotNull(title);
        Description = Guard.NotNull(description);
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Kebab-case kind of help that hosts map to real contacts.</summary>
    public string Kind { get; }

    /// <summary>Name shown to people.</summary>
    public string Title { get; }

    /// <summary>When and how this kind of help is useful.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
