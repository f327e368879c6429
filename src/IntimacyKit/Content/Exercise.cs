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
