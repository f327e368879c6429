using IntimacyKit.Internal;

namespace IntimacyKit.Support;

/// <summary>
/// A real contact a host offers for one kind of help in its region, such as the local emergency number or a national
/// domestic-abuse helpline. Packs describe kinds of help only; contacts come from the host, never from content.
/// </summary>
public sealed class SupportContact
{
    /// <summary>Creates a contact.</summary>
    /// <param name="kind">The kind of help it provides, matching <see cref="Content.SupportResource.Kind"/> (such as <c>emergency-services</c>).</param>
    /// <param name="name">Name shown to people.</param>
    /// <param name="phone">Phone number to call, if any.</param>
    /// <param name="text">Number or short code to text, if any.</param>
    /// <param name="url">Web address, if any.</param>
    /// <param name="hours">When it can be reached, such as "24 hours, every day", if known.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not kebab-case, a text is blank, or the contact gives no way to reach it.</exception>
    public SupportContact(string kind, string name, string? phone = null, string? text = null, string? url = null, string? hours = null)
    {
        Kind = Guard.NotBlank(kind);
        if (!Content.ContentPackValidator.IsValidId(kind))
        {
            throw new ArgumentException($"Kind '{kind}' is not a kebab-case kind of help, such as 'emergency-services' or 'crisis-line'.", nameof(kind));
        }

        Name = Guard.NotBlank(name);
        Phone = phone is null ? null : Guard.NotBlank(phone);
        Text = text is null ? null : Guard.NotBlank(text);
        Url = url is null ? null : Guard.NotBlank(url);
        Hours = hours is null ? null : Guard.NotBlank(hours);
        if (phone is null && text is null && url is null)
        {
            throw new ArgumentException(
                $"Contact '{name}' gives no way to reach it; give at least one of a phone number, a number to text or a web address.",
                nameof(phone));
        }
    }

    /// <summary>The kind of help it provides.</summary>
    public string Kind { get; }

    /// <summary>Name shown to people.</summary>
    public string Name { get; }

    /// <summary>Phone number to call, or <see langword="null"/>.</summary>
    public string? Phone { get; }

    /// <summary>Number or short code to text, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>Web address, or <see langword="null"/>.</summary>
    public string? Url { get; }

    /// <summary>When it can be reached, or <see langword="null"/>.</summary>
    public string? Hours { get; }

    /// <summary>The contact on one line: name, then how to reach it.</summary>
    /// <returns>Such as "Emergency services: call 112 (24 hours)".</returns>
    public override string ToString()
    {
        var ways = new List<string>(3);
        if (Phone is not null)
        {
            ways.Add("call " + Phone);
        }

        if (Text is not null)
        {
            ways.Add("text " + Text);
        }

        if (Url is not null)
        {
            ways.Add(Url);
        }

        var how = ways.Count == 0 ? string.Empty : ": " + string.Join(", ", ways);
        return Hours is null ? Name + how : $"{Name}{how} ({Hours})";
    }
}
