using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>
/// The typed key of a per-call value in <see cref="ScoringProperties"/>, such as the person's preferences that a
/// later stage reads (Polly's <c>ResiliencePropertyKey&lt;T&gt;</c> is the model). Declare each key once, as a static
/// member beside the stage that reads it.
/// </summary>
/// <typeparam name="TValue">The type of the value.</typeparam>
public readonly struct ScoringPropertyKey<TValue> : IEquatable<ScoringPropertyKey<TValue>>
{
    /// <summary>Creates a key.</summary>
    /// <param name="key">Its name; prefix it with your own namespace so that it does not collide with another's.</param>
    public ScoringPropertyKey(string key) => Key = Guard.NotBlank(key);

    /// <summary>The name of the key.</summary>
    public string Key { get; }

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether both are the same key.</returns>
    public static bool operator ==(ScoringPropertyKey<TValue> left, ScoringPropertyKey<TValue> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ScoringPropertyKey<TValue> left, ScoringPropertyKey<TValue> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ScoringPropertyKey<TValue> other) => string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScoringPropertyKey<TValue> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Key is null ? 0 : StringComparer.Ordinal.GetHashCode(Key);

    /// <inheritdoc />
    public override string ToString() => Key ?? string.Empty;
}
