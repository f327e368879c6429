using System.Collections.Immutable;

namespace IntimacyKit.Plans;

/// <summary>A schedule of exercises over some weeks, built by <see cref="PracticePlanBuilder"/>, with re-assessments.</summary>
public sealed class PracticePlan
{
    internal PracticePlan(
        string assessmentId,
        string relationshipKind,
        DateOnly start,
        int weeks,
        ImmutableArray<PlanSession> sessions,
        ImmutableArray<DateOnly> reassessments,
        ImmutableArray<ImmutableArray<string>> focusByWeek)
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
