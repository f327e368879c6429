using IntimacyKit.Content;

namespace IntimacyKit.Samples.Web;

/// <summary>The content's enum values as people read them.</summary>
internal static class Words
{
    public static string Of(ExerciseMode mode) => mode switch
    {
        ExerciseMode.Solo => "on your own",
        ExerciseMode.Journal => "in writing, on your own",
        ExerciseMode.Together => "together",
        ExerciseMode.Conversation => "in conversation",
        _ => mode.ToString().ToLowerInvariant(),
    };

    public static string Of(ExerciseFrequency frequency) => frequency switch
    {
        ExerciseFrequency.Once => "once",
        ExerciseFrequency.Daily => "daily",
        ExerciseFrequency.SeveralTimesAWeek => "several times a week",
        ExerciseFrequency.Weekly => "weekly",
        _ => frequency.ToString().ToLowerInvariant(),
    };
}
