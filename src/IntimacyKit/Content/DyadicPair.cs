using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// Two items about the same behaviour: one rating oneself and one rating the other person, so that how I see
/// myself can be set against how the other person sees me.
/// </summary>
public sealed class DyadicPair
{
    /// <summary>Creates a dyadic pair.</summary>
    /// <param name="id">Stable kebab-case id, unique within the assessment.</param>
    /// <param name="title">The behaviour both items rate, shown to people.</param>
    /// <param name="selfItem">Id of the item in which a person rates themselves.</param>
    /// <param name="otherItem">Id of the item in which a person rates the other person.</param>
    public DyadicPair(string id, string title, string selfItem, string otherItem)
    {
        Id = Guard.NotNull(id);
        Title = Guard.NotNull(title);
        SelfItem = Guard.NotNull(selfItem);
        OtherItem = Guard.NotNull(otherItem);
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>The behaviour both items rate.</summary>
    public string Title { get; }

    /// <summary>Id of the self-rating item.</summary>
    public string SelfItem { get; }

    /// <summary>Id of the other-rating item.</summary>
    public string OtherItem { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
