using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>Someone who took part in a translation, by role ("forward translator", "reviewer"); a name where they agreed to give one.</summary>
public sealed class TranslationContributor
{
    /// <summary>Creates a contributor.</summary>
    /// <param name="role">What they did, such as "forward translator", "back translator", "reviewer" or "machine translation".</param>
    /// <param name="name">Who they are, or <see langword="null"/> when not given.</param>
    public TranslationContributor(string role, string? name = null)
    {
        Role = Guard.NotNull(role);
        Name = name;
    }

    /// <summary>What they did.</summary>
    public string Role { get; }

    /// <summary>Who they are, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name is null ? Role : $"{Role}: {Name}";
}
