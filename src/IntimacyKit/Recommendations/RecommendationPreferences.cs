using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Recommendations;

/// <summary>A person's preferences for recommendations.</summary>
public sealed class RecommendationPreferences
{
    /// <summary>No preferences: every mode, any length, nothing done yet.</summary>
    public static RecommendationPreferences None { get; } = new();

    /// <summary>Modes the person is open to; empty means all.</summary>
    public ImmutableArray<ExerciseMode> Modes { get; init; } = [];

    /// <summary>Minutes the person has for one exercise, or <see langword="null"/> for no limit.</summary>
    public int? MaxMinutes { get; init; }

    /// <summary>Ids of exercises already done.</summary>
    public ImmutableArray<string> Done { get; init; } = [];
}
