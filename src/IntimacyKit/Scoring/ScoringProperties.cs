using System.Diagnostics.CodeAnalysis;

namespace IntimacyKit.Scoring;

/// <summary>
/// Values for one scoring call that a stage reads through <see cref="ScoringContext.TryGetProperty{TValue}"/>, keyed
/// by <see cref="ScoringPropertyKey{TValue}"/>: how a stage added above the core (the recommend stage's preferences,
/// a host's own stage) gets what it needs per call without the pipeline knowing its types.
/// </summary>
/// <example>
/// <code>
/// var properties = new ScoringProperties().Set(RecommendationProperties.Preferences, preferences);
/// var result = pipeline.Score(response, properties);
/// </code>
/// </example>
public sealed class ScoringProperties
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>The number of values set.</summary>
    public int Count => _values.Count;

    /// <summary>Sets a value, replacing any set before under the same key.</summary>
    /// <typeparam name="TValue">The type of the value.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>These properties, to chain further values.</returns>
    public ScoringProperties Set<TValue>(ScoringPropertyKey<TValue> key, TValue value)
    {
        _values[KeyOf(key)] = value;
        return this;
    }

    /// <summary>Gets a value.</summary>
    /// <typeparam name="TValue">The type of the value.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when set.</param>
    /// <returns>Whether a value of that type is set under the key.</returns>
    public bool TryGetValue<TValue>(ScoringPropertyKey<TValue> key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_values.TryGetValue(KeyOf(key), out var stored) && stored is TValue typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Gets a value, or <paramref name="defaultValue"/> when none of that type is set.</summary>
    /// <typeparam name="TValue">The type of the value.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="defaultValue">What to return when the value is not set.</param>
    /// <returns>The value.</returns>
    public TValue GetValue<TValue>(ScoringPropertyKey<TValue> key, TValue defaultValue) => TryGetValue(key, out var value) ? value : defaultValue;

    private static string KeyOf<TValue>(ScoringPropertyKey<TValue> key) =>
        key.Key ?? throw new ArgumentException("The key is the default value; create keys with new ScoringPropertyKey<T>(name).", nameof(key));
}
