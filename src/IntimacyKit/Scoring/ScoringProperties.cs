using System.Diagnostics.CodeAnalysis;

namespace IntimacyKit.Scoring;

/// <summary>
/// Values for one scoring call that a stage reads through <see cref="ScoringContext.TryGetProperty{TValue}"/>, keyed
/// by <see cref="ScoringPropertyKey{TValue}"/>: how a stage added above the core (the recommend stage's preferences,
/// a host's own stage) gets what it needs per call without the pipeline knowing its types.
/// </summary>
/// <example>
/// <code>
/// var properties = ScoringProperties.Empty.With(RecommendationProperties.Preferences, preferences);
/// var result = pipeline.Score(response, properties);
/// </code>
/// </example>
public sealed class ScoringProperties
{
    private readonly Dictionary<string, object?> _values;

    /// <summary>Creates empty properties; add values with <see cref="With{TValue}"/>.</summary>
    public ScoringProperties()
        : this(new Dictionary<string, object?>(StringComparer.Ordinal))
    {
    }

    private ScoringProperties(Dictionary<string, object?> values) => _values = values;

    /// <summary>No values.</summary>
    public static ScoringProperties Empty { get; } = new();

    /// <summary>The number of values.</summary>
    public int Count => _values.Count;

    /// <summary>
    /// These values and one more (replacing any under the same key), as new properties: properties never change once
    /// made, so one instance may serve every row of a parallel batch or every request of a host.
    /// </summary>
    /// <typeparam name="TValue">The type of the value.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>New properties; these are unchanged.</returns>
    public ScoringProperties With<TValue>(ScoringPropertyKey<TValue> key, TValue value)
    {
        var values = new Dictionary<string, object?>(_values, StringComparer.Ordinal) { [KeyOf(key)] = value };
        return new ScoringProperties(values);
    }

    /// <summary>Gets a value.</summary>
    /// <typeparam name="TValue">The type of the value.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when set.</param>
    /// <returns>Whether a value of that type is set under the key (a <see langword="null"/> value counts as not set).</returns>
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
