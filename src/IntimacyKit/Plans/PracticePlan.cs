using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Plans;

/// <summary>A schedule of exercises over some weeks, built by <see cref="PracticePlanBuilder"/>, with re-assessments.</summary>
public sealed class PracticePlan
{
    internal PracticePlan(string assessmentId, string relationshipKind, DateOnly start, int weeks, ImmutableArray<PlanSession> sessions, ImmutableArray<DateOnly> reassessments, ImmutableArray<ImmutableArray<string>> focusByWeek)
    {
        AssessmentId = assessmentId;
        RelationshipKind = relationshipKind;
        Start = start;
        Weeks = weeks;
        Sessions = sessions;
        Reassessments = reassessments;
        FocusByWeek = focusByWeek;
    }

    /// <summary>The assessment whose result the plan comes from, and that the re-assessments repeat.</summary>
    public string AssessmentId { get; }

    /// <summary>The relationship kind the plan is for.</summary>
    public string RelationshipKind { get; }

    /// <summary>The first day of the plan.</summary>
    public DateOnly Start { get; }

    /// <summary>The plan's length in weeks.</summary>
    public int Weeks { get; }

    /// <summary>Every session, in date order.</summary>
    public ImmutableArray<PlanSession> Sessions { get; }

    /// <summary>The days to take the assessment again, the last on the day after the plan ends.</summary>
    public ImmutableArray<DateOnly> Reassessments { get; }

    /// <summary>Per week, the obstacles in focus (at most two).</summary>
    public ImmutableArray<ImmutableArray<string>> FocusByWeek { get; }
}

/// <summary>One exercise on one day of a plan.</summary>
/// <param name="Date">The day.</param>
/// <param name="Week">The week of the plan, from 1.</param>
/// <param name="ObstacleId">The obstacle in focus that the exercise works on.</param>
/// <param name="Exercise">The exercise.</param>
public sealed record PlanSession(DateOnly Date, int Week, string ObstacleId, Exercise Exercise);

/// <summary>What a person wants from a plan.</summary>
public sealed class PlanPreferences
{
    /// <summary>The plan's length in weeks (default 4). Range [1-52].</summary>
    public int Weeks { get; init; } = 4;

    /// <summary>Practice days per week (default 3). Range [1-7].</summary>
    public int DaysPerWeek { get; init; } = 3;

    /// <summary>Minutes available on a practice day (default 20); a day never holds more. Range [5-240].</summary>
    public int MinutesPerDay { get; init; } = 20;

    /// <summary>Modes the person is open to; empty means all.</summary>
    public ImmutableArray<ExerciseMode> Modes { get; init; } = [];

    /// <summary>The relationship kind; the result's when <see langword="null"/>.</summary>
    public string? RelationshipKind { get; init; }

    /// <summary>Weeks between re-assessments (default 4); one is always scheduled at the end. Range [1-52].</summary>
    public int ReassessEveryWeeks { get; init; } = 4;

    /// <summary>Ids of exercises already done: the plan starts after them on each chain.</summary>
    public ImmutableArray<string> Done { get; init; } = [];

    internal void Validate()
    {
        Guard.InRange(Weeks, 1, 52, nameof(Weeks));
        Guard.InRange(DaysPerWeek, 1, 7, nameof(DaysPerWeek));
        Guard.InRange(MinutesPerDay, 5, 240, nameof(MinutesPerDay));
        Guard.InRange(ReassessEveryWeeks, 1, 52, nameof(ReassessEveryWeeks));
    }
}
