using System.Collections.Frozen;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Serialization;

/// <summary>
/// The one place that spells every enum in JSON (kebab-case), both ways: packs, results and batch files use the same
/// names, and reading a name not listed here is a problem that lists the allowed ones, never a silent default.
/// </summary>
internal static class JsonNames
{
    public static readonly FrozenDictionary<string, ExerciseMode> Modes = Names(
        ("solo", ExerciseMode.Solo), ("together", ExerciseMode.Together), ("journal", ExerciseMode.Journal), ("conversation", ExerciseMode.Conversation));

    public static readonly FrozenDictionary<string, ExerciseFrequency> Frequencies = Names(
        ("once", ExerciseFrequency.Once), ("daily", ExerciseFrequency.Daily), ("several-times-a-week", ExerciseFrequency.SeveralTimesAWeek), ("weekly", ExerciseFrequency.Weekly));

    public static readonly FrozenDictionary<string, Aggregation> Aggregations = Names(("mean", Aggregation.Mean), ("sum", Aggregation.Sum));

    public static readonly FrozenDictionary<string, SafetySeverity> Severities = Names(("concern", SafetySeverity.Concern), ("urgent", SafetySeverity.Urgent));

    public static readonly FrozenDictionary<string, UnansweredSafetyItem> Unanswered = Names(
        ("concern", UnansweredSafetyItem.Concern), ("urgent", UnansweredSafetyItem.Urgent), ("ignore", UnansweredSafetyItem.Ignore));

    public static readonly FrozenDictionary<string, SafetyRisk> Risks = Names(
        ("from-other", SafetyRisk.FromOther), ("to-self", SafetyRisk.ToSelf), ("to-other", SafetyRisk.ToOther));

    /// <summary>Spelled by <see cref="QualityFlag"/> itself, which batch files use too.</summary>
    public static readonly FrozenDictionary<string, QualityFlagKind> QualityKinds = Names([.. Enum.GetValues<QualityFlagKind>().Select(static k => (QualityFlag.NameOf(k), k))]);

    public static readonly FrozenDictionary<string, ScoreStatus> Statuses = Names(("scored", ScoreStatus.Scored), ("not-scored", ScoreStatus.NotScored));

    /// <summary>Why a score was not produced; <see cref="NotScoredReason.None"/> has no name (the property is left out).</summary>
    public static readonly FrozenDictionary<string, NotScoredReason> Reasons = Names(
        ("too-few-answers", NotScoredReason.TooFewAnswers), ("too-few-scales", NotScoredReason.TooFewScales),
        ("pipeline-stopped", NotScoredReason.PipelineStopped), ("withheld", NotScoredReason.Withheld));

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

    private static FrozenDictionary<string, TEnum> Names<TEnum>(params (string Name, TEnum Value)[] names)
        where TEnum : struct, Enum
        => names.ToFrozenDictionary(static n => n.Name, static n => n.Value, StringComparer.Ordinal);
}
