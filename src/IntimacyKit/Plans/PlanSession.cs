using IntimacyKit.Content;

namespace IntimacyKit.Plans;

/// <summary>One exercise on one day of a plan.</summary>
public sealed class PlanSession
{
    /// <summary>Creates the value.</summary>
    /// <param name="date">The day.</param>
    /// <param name="week">The week of the plan, from 1.</param>
    /// <param name="obstacleId">The obstacle in focus that the exercise works on.</param>
    /// <param name="exercise">The exercise.</param>
    internal PlanSession(DateOnly date, int week, string obstacleId, Exercise exercise)
    {
        Date = date;
        Week = week;
        ObstacleId = obstacleId;
        Exercise = exercise;
    }

    /// <summary>The day.</summary>
    public DateOnly Date { get; }

    /// <summary>The week of the plan, from 1.</summary>
    public int Week { get; }

    /// <summary>The obstacle in focus that the exercise works on.</summary>
    public string ObstacleId { get; }

    /// <summary>The exercise.</summary>
    public Exercise Exercise { get; }
}
