using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Recommendations;
using IntimacyKit.Scoring;

namespace IntimacyKit.Plans;

/// <summary>
/// Builds a practice plan from a result: the obstacles that stand out, two at a time (each pair for two weeks, then
/// the next), each worked through its chain of exercises from the gentlest available one, moving to the follow-up
/// after a week of practice, one session on each practice day (spread evenly, the obstacles taking turns), never more
/// minutes on a day than the person has, never an exercise a raised safety flag
/// rules out, and a re-assessment every few weeks and at the end. The same input gives the same plan.
/// </summary>
public sealed class PracticePlanBuilder
{
    private const int WeeksPerFocus = 2;

    private readonly ContentCatalog _catalog;
    private readonly TimeProvider _time;

    /// <summary>Creates a builder.</summary>
    /// <param name="catalog">The content whose exercises the plan uses.</param>
    /// <param name="timeProvider">The clock that gives the start date (today, UTC); the system clock when <see langword="null"/>.</param>
    public PracticePlanBuilder(ContentCatalog catalog, TimeProvider? timeProvider = null)
    {
        _catalog = Guard.NotNull(catalog);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// A result answered in a translation that shows no bands, read back from JSON, carries no band definitions (they are
    /// not shown in that language), yet the plan still needs to know which obstacles stand out. Scores never depend on
    /// the language, so such a result is scored again from its own answers with this catalog in its culture, which
    /// restores the definitions it was scored with; any other result (or one the catalog cannot score) is kept as it is.
    /// </summary>
    private AssessmentResult WithDefinedBands(AssessmentResult result)
    {
        if (result.ShowsBands || result.Scales.Any(static s => !s.DefinedBands.IsEmpty)
            || !_catalog.TryGetAssessment(result.AssessmentId, out var assessment) || assessment.Version != result.AssessmentVersion)
        {
            return result;
        }

        var response = new AssessmentResponse(
            result.AssessmentId, result.AssessmentVersion, result.RelationshipKind, result.Answers, result.CompletedAt, result.RespondentId);
        var outcome = new ScoringPipelineBuilder().AddDefaultStages().Build(_catalog.ForCulture(result.Culture)).TryScore(response);
        return outcome.Result is { } rescored && rescored.Scales.All(s => result.TryGetScore(s.Id, out var old) && old.Value == s.Value) ? rescored : result;
    }

    /// <summary>Builds the plan.</summary>
    /// <param name="result">A scored result.</param>
    /// <param name="preferences">The person's preferences; the defaults when <see langword="null"/>.</param>
    /// <returns>The plan; it has no sessions when no obstacle stands out or no exercise fits.</returns>
    public PracticePlan Build(AssessmentResult result, PlanPreferences? preferences = null)
    {
        Guard.NotNull(result);
        preferences ??= new PlanPreferences();
        preferences.Validate();
        result = WithDefinedBands(result);
        var kind = preferences.RelationshipKind ?? result.RelationshipKind;
        var start = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var ranked = ObstacleRanking.Rank(result);
        var chains = ranked.ToDictionary(s => s.ObstacleId, s => Chain(s.ObstacleId, result, kind, preferences), StringComparer.Ordinal);
        var workable = ranked.Where(s => chains[s.ObstacleId].Count > 0).Select(static s => s.ObstacleId).ToList();

        var position = workable.ToDictionary(static o => o, static _ => 0, StringComparer.Ordinal);
        var sessions = ImmutableArray.CreateBuilder<PlanSession>();
        var doneOnce = new HashSet<string>(StringComparer.Ordinal);
        var focusByWeek = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var turn = 0;
        for (var week = 0; week < preferences.Weeks; week++)
        {
            var focus = Focus(workable, week);
            focusByWeek.Add(focus);
            var timesThisWeek = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var day = 0; day < preferences.DaysPerWeek; day++)
            {
                var date = start.AddDays((week * 7) + (day * 7 / preferences.DaysPerWeek));
                var minutesLeft = preferences.MinutesPerDay;

                // One session a practice day, spread evenly over the weeks asked for; the obstacles in focus take turns,
                // and when one's current step is used up (a once-only exercise, or its times this week) a later step of
                // its chain stands in, so that no week is left empty and no day is crammed.
                if (NextSession(focus, turn, chains, position, minutesLeft, timesThisWeek, doneOnce) is { } next)
                {
                    // A stand-in from further up the chain moves the obstacle on: difficulty never steps back down.
                    position[next.Obstacle] = next.Step;
                    var exercise = chains[next.Obstacle][next.Step];

                    sessions.Add(new PlanSession(date, week + 1, next.Obstacle, exercise));
                    timesThisWeek[exercise.Id] = timesThisWeek.GetValueOrDefault(exercise.Id) + 1;
                    if (exercise.Frequency == ExerciseFrequency.Once)
                    {
                        doneOnce.Add(exercise.Id);
                    }
                }

                // The obstacles take turns across the whole plan, so that one practice day a week still reaches both.
                turn++;
            }

            StepUp(focus, chains, position);
        }

        var reassessments = Reassessments(start, preferences);
        return new PracticePlan(result.AssessmentId, kind, start, preferences.Weeks, sessions.ToImmutable(), reassessments, focusByWeek.ToImmutable());
    }

    /// <summary>
    /// The obstacle in focus whose turn it is and the step of its chain to practise: its current step, or a later one
    /// when that is used up (a once-only exercise, or its times this week); <see langword="null"/> when none fits.
    /// </summary>
    private static (string Obstacle, int Step)? NextSession(
        ImmutableArray<string> focus,
        int turn,
        Dictionary<string, List<Exercise>> chains,
        Dictionary<string, int> position,
        int minutesLeft,
        Dictionary<string, int> timesThisWeek,
        HashSet<string> doneOnce)
    {
        for (var k = 0; k < focus.Length; k++)
        {
            var obstacle = focus[(k + turn) % focus.Length];
            var chain = chains[obstacle];
            var step = chain.FindIndex(position[obstacle], e =>
                e.Minutes <= minutesLeft && timesThisWeek.GetValueOrDefault(e.Id) < TimesPerWeek(e.Frequency) && !doneOnce.Contains(e.Id));
            if (step >= 0)
            {
                return (obstacle, step);
            }
        }

        return null;
    }

    /// <summary>A week of practice, then on to the follow-up: difficulty steps up over the weeks.</summary>
    private static void StepUp(ImmutableArray<string> focus, Dictionary<string, List<Exercise>> chains, Dictionary<string, int> position)
    {
        foreach (var obstacle in focus)
        {
            position[obstacle] = Math.Min(position[obstacle] + 1, chains[obstacle].Count - 1);
        }
    }

    /// <summary>The dates of the re-assessments: every few weeks, and at the end of the plan.</summary>
    private static ImmutableArray<DateOnly> Reassessments(DateOnly start, PlanPreferences preferences)
        => [.. Enumerable.Range(1, preferences.Weeks)
            .Where(w => w % preferences.ReassessEveryWeeks == 0 || w == preferences.Weeks)
            .Select(w => start.AddDays(w * 7))];

    /// <summary>The obstacles in focus in a week: the ranked list taken two at a time, each pair for two weeks, round and round.</summary>
    private static ImmutableArray<string> Focus(List<string> workable, int week)
    {
        if (workable.Count == 0)
        {
            return [];
        }

        var pairs = (workable.Count + 1) / 2;
        var pair = week / WeeksPerFocus % pairs;
        return [.. workable.Skip(pair * 2).Take(2)];
    }

    /// <summary>
    /// An obstacle's exercises in the order to do them: from its gentlest suitable exercise not yet done, along the
    /// follow-ups while they stay suitable, then any other suitable ones by difficulty.
    /// </summary>
    private List<Exercise> Chain(string obstacle, AssessmentResult result, string kind, PlanPreferences preferences)
    {
        var suitable = _catalog.Exercises
            .Where(e => e.Targets.Contains(obstacle, StringComparer.Ordinal) && !preferences.Done.Contains(e.Id, StringComparer.Ordinal)
                        && e.Minutes <= preferences.MinutesPerDay
                        && ObstacleRanking.IsSuitable(e, result, kind, preferences.Modes, null))
            .OrderBy(static e => e.Difficulty).ThenBy(static e => e.Id, StringComparer.Ordinal)
            .ToList();
        var chain = new List<Exercise>();
        if (suitable.Count == 0)
        {
            return chain;
        }

        for (var exercise = suitable[0]; exercise is not null && !chain.Contains(exercise);)
        {
            chain.Add(exercise);
            exercise = exercise.FollowUp is { } next ? suitable.Find(e => e.Id == next) : null;
        }

        chain.AddRange(suitable.Where(e => !chain.Contains(e) && e.Difficulty >= chain[^1].Difficulty));
        return chain;
    }

    private static int TimesPerWeek(ExerciseFrequency frequency) => frequency switch
    {
        ExerciseFrequency.Daily => 7,
        ExerciseFrequency.SeveralTimesAWeek => 3,
        _ => 1,
    };
}
