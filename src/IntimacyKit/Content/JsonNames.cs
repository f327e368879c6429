using System.Collections.Frozen;

namespace IntimacyKit.Content;

/// <summary>
/// The one place that spells the content model's enums in JSON (kebab-case), both ways, and the helpers result JSON
/// uses for its own (beside it, in Scoring): reading a name not listed is a problem that lists the allowed ones,
/// never a silent default.
/// </summary>
internal static class JsonNames
{
    public static readonly FrozenDictionary<string, ExerciseMode> Modes = Names(
        ("solo", ExerciseMode.Solo), ("together", ExerciseMode.Together), ("journal", ExerciseMode.Journal), ("conversation", ExerciseMode.Conversation));

    public static readonly FrozenDictionary<string, ExerciseFrequency> Frequencies = Names(
        (
            "once",
            ExerciseFrequency.Once), (
                "daily",
                ExerciseFrequency.Daily), ("several-times-a-week", ExerciseFrequency.SeveralTimesAWeek), ("weekly", ExerciseFrequency.Weekly));

    public static readonly FrozenDictionary<string, Aggregation> Aggregations = Names(("mean", Aggregation.Mean), ("sum", Aggregation.Sum));

    public static readonly FrozenDictionary<string, SafetySeverity> Severities = Names(("concern", SafetySeverity.Concern), ("urgent", SafetySeverity.Urgent));

    public static readonly FrozenDictionary<string, UnansweredSafetyItem> Unanswered = Names(
        ("concern", UnansweredSafetyItem.Concern), ("urgent", UnansweredSafetyItem.Urgent), ("ignore", UnansweredSafetyItem.Ignore));

    public static readonly FrozenDictionary<string, SafetyRisk> Risks = Names(
        ("from-other", SafetyRisk.FromOther), ("to-self", SafetyRisk.ToSelf), ("to-other", SafetyRisk.ToOther));

    /// <summary>The JSON name of a value.</summary>
    public static string NameOf<TEnum>(FrozenDictionary<string, TEnum> names, TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var pair in names)
        {
            if (EqualityComparer<TEnum>.Default.Equals(pair.Value, value))
            {
                return pair.Key;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"No JSON name for {typeof(TEnum).Name}.{value}.");
    }

    /// <summary>A name table.</summary>
    public static FrozenDictionary<string, TEnum> Names<TEnum>(params (string Name, TEnum Value)[] names)
        where TEnum : struct, Enum
        => names.ToFrozenDictionary(static n => n.Name, static n => n.Value, StringComparer.Ordinal);
}
