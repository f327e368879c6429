namespace IntimacyKit.Content;

/// <summary>How often an exercise is meant to be repeated.</summary>
public enum ExerciseFrequency
{
    /// <summary>Done once. JSON: <c>once</c>.</summary>
    Once = 1,

    /// <summary>Every day. JSON: <c>daily</c>.</summary>
    Daily = 2,

    /// <summary>Two to four times a week. JSON: <c>several-times-a-week</c>.</summary>
    SeveralTimesAWeek = 3,

    /// <summary>Once a week. JSON: <c>weekly</c>.</summary>
    Weekly = 4,
}
