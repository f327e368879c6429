using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>A practice that works on one or more obstacles: ordered steps a person can follow.</summary>
public sealed class Exercise
{
    /// <summary>Creates an exercise.</summary>
    /// <param name="id">Stable kebab-case id.</param>
    /// <param name="title">Short name shown to people.</param>
    /// <param name="summary">What the exercise is for, in a sentence or two.</param>
    /// <param name="steps">Ordered steps.</param>
    /// <param name="targets">Ids of the obstacles it works on.</param>
    /// <param name="mode">How it is done.</param>
    /// <param name="difficulty">How much it asks of a person.</param>
    /// <param name="minutes">Minutes one session takes.</param>
    /// <param name="frequency">How often to repeat it.</param>
    /// <param name="relationshipKinds">Ids of the relationship kinds it suits.</param>
    /// <param name="contraindications">Ids of safety flags under which it must not be offered.</param>
    /// <param name="followUp">Id of the exercise to do next, if any.</param>
    public Exercise(
        string id,
        string title,
        string summary,
        IEnumerable<string> steps,
        IEnumerable<string> targets,
        ExerciseMode mode,
        Difficulty difficulty,
        int minutes,
        ExerciseFrequency frequency,
        IEnumerable<string> relationshipKinds,
        IEnumerable<string>? contraindications = null,
        string? followUp = null)
    {
        Id = Guard.NotNull(id);
        Title = Guard.NotNull(title);
        Summary = Guard.NotNull(summary);
        Steps = Immutable.Copy(steps);
        Targets = Immutable.Copy(targets);
        Mode = Immutable.Defined(mode);
        Difficulty = Immutable.Defined(difficulty);
        Minutes = minutes;
        Frequency = Immutable.Defined(frequency);
        RelationshipKinds = Immutable.Copy(relationshipKinds);
        Contraindications = Immutable.CopyOrEmpty(contraindications);
        FollowUp = followUp;
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Short name shown to people.</summary>
    public string Title { get; }

    /// <summary>What the exercise is for.</summary>
    public string Summary { get; }

    /// <summary>Ordered steps.</summary>
    public ImmutableArray<string> Steps { get; }

    /// <summary>Ids of the obstacles it works on.</summary>
    public ImmutableArray<string> Targets { get; }

    /// <summary>How it is done.</summary>
    public ExerciseMode Mode { get; }

    /// <summary>How much it asks of a person.</summary>
    public Difficulty Difficulty { get; }

    /// <summary>Minutes one session takes.</summary>
    public int Minutes { get; }

    /// <summary>How often to repeat it.</summary>
    public ExerciseFrequency Frequency { get; }

    /// <summary>Ids of the relationship kinds it suits.</summary>
    public ImmutableArray<string> RelationshipKinds { get; }

    /// <summary>Ids of safety flags under which the exercise must not be offered.</summary>
    public ImmutableArray<string> Contraindications { get; }

    /// <summary>Id of the exercise to do next, or <see langword="null"/>.</summary>
    public string? FollowUp { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>How an exercise is done.</summary>
public enum ExerciseMode
{
    /// <summary>Alone, in thought or action. JSON: <c>solo</c>.</summary>
    Solo = 1,

    /// <summary>With the other person, doing something side by side. JSON: <c>together</c>.</summary>
    Together = 2,

    /// <summary>Writing, alone. JSON: <c>journal</c>.</summary>
    Journal = 3,

    /// <summary>A structured talk with the other person. JSON: <c>conversation</c>.</summary>
    Conversation = 4,
}

/// <summary>How much an exercise asks of a person.</summary>
public enum Difficulty
{
    /// <summary>A gentle first step. JSON: <c>1</c>.</summary>
    Gentle = 1,

    /// <summary>A steady, moderate step. JSON: <c>2</c>.</summary>
    Steady = 2,

    /// <summary>A stretching step that takes courage. JSON: <c>3</c>.</summary>
    Stretching = 3,
}

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
