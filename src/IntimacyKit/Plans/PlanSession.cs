using IntimacyKit.Content;

namespace IntimacyKit.Plans;

/// <summary>One exercise on one day of a plan.</summary>
/// <param name="Date">The day.</param>
/// <param name="Week">The week of the plan, from 1.</param>
/// <param name="ObstacleId">The obstacle in focus that the exercise works on.</param>
/// <param name="Exercise">The exercise.</param>
public sealed record PlanSession(DateOnly Date, int Week, string ObstacleId, Exercise Exercise);
