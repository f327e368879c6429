using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Plans;

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

    /// <summary>Every value outside its range, as data; empty when the preferences can make a plan.</summary>
    /// <returns>The problems, in the order of the properties.</returns>
    public ImmutableArray<PlanPreferenceProblem> Check()
    {
        var problems = ImmutableArray.CreateBuilder<PlanPreferenceProblem>();
        Add(nameof(Weeks), Weeks, 1, 52);
        Add(nameof(DaysPerWeek), DaysPerWeek, 1, 7);
        Add(nameof(MinutesPerDay), MinutesPerDay, 5, 240);
        Add(nameof(ReassessEveryWeeks), ReassessEveryWeeks, 1, 52);
        return problems.ToImmutable();

        void Add(string property, int value, int min, int max)
        {
            if (value < min || value > max)
            {
                problems.Add(new PlanPreferenceProblem(property, value, min, max));
            }
        }
    }

    /// <summary>Throws for the first value outside its range (the builder's contract).</summary>
    internal void Validate()
    {
        if (Check() is [var first, ..])
        {
            throw new ArgumentOutOfRangeException(first.Property, first.Value, $"Value should be in range [{first.Min}-{first.Max}].");
        }
    }
}
