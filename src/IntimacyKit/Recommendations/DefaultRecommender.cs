using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using IntimacyKit.Scoring;

namespace IntimacyKit.Recommendations;

/// <summary>
/// The default recommender behind the recommend stage. It ranks the obstacles whose scores stand highest relative to
/// their bands, then offers each obstacle's exercises that suit the relationship kind, the person's preferred modes
/// and minutes, gentlest first (a harder one only once the gentler ones are done), at most
/// <see cref="DefaultRecommenderOptions.MaxPerObstacle"/> per obstacle. It never offers an exercise contraindicated by a
/// raised safety flag; with an urgent flag it offers only solo or journal exercises that carry no contraindication,
/// and the result leads with support. Ties are broken by content order, so the same input gives the same list.
/// </summary>
public sealed class DefaultRecommender : IRecommender
{
    private readonly DefaultRecommenderOptions _options;
    private readonly ConditionalWeakTable<ContentCatalog, FrozenDictionary<string, Exercise[]>> _exercisesByObstacle = [];

    /// <summary>Creates the recommender.</summary>
    /// <param name="options">List sizes; the defaults when <see langword="null"/>.</param>
    public DefaultRecommender(DefaultRecommenderOptions? options = null)
    {
        _options = options ?? new DefaultRecommenderOptions();
        Guard.InRange(_options.MaxPerObstacle, 1, 10, nameof(DefaultRecommenderOptions.MaxPerObstacle));
        Guard.InRange(_options.MaxRecommendations, 1, 50, nameof(DefaultRecommenderOptions.MaxRecommendations));
    }

    /// <inheritdoc />
    public ImmutableArray<Recommendation> Recommend(RecommendationRequest request)
    {
        Guard.NotNull(request);
        var result = request.Result;
        var preferences = request.Preferences ?? RecommendationPreferences.None;
        var urgent = result.RequiresSupportFirst;
        var byObstacle = _exercisesByObstacle.GetValue(request.Catalog, IndexExercises);
        var recommendations = ImmutableArray.CreateBuilder<Recommendation>();
        var available = new List<Exercise>(8);
        foreach (var standing in ObstacleRanking.Rank(result))
        {
            if (!byObstacle.TryGetValue(standing.ObstacleId, out var exercises))
            {
                continue;
            }

            available.Clear();
            foreach (var exercise in exercises)
            {
                if (ObstacleRanking.IsSuitable(exercise, result, result.RelationshipKind, preferences.Modes, preferences.MaxMinutes))
                {
                    available.Add(exercise);
                }
            }

            var offered = 0;
            foreach (var exercise in available)
            {
                if (offered == _options.MaxPerObstacle || recommendations.Count == _options.MaxRecommendations)
                {
                    break;
                }

                // Gentle first: a harder exercise only once every available easier one for this obstacle is done.
                if (preferences.Done.Contains(exercise.Id, StringComparer.Ordinal) || HasEasierNotDone(available, exercise, preferences.Done))
                {
                    continue;
                }

                var obstacleTitle = request.Catalog.TryGetObstacle(standing.ObstacleId, out var obstacle) ? obstacle.Title : standing.ObstacleId;
                recommendations.Add(Create(exercise, standing, urgent, obstacleTitle, result));
                offered++;
            }

            if (recommendations.Count == _options.MaxRecommendations)
            {
                break;
            }
        }

        return recommendations.ToImmutable();
    }

    private static bool HasEasierNotDone(List<Exercise> available, Exercise exercise, ImmutableArray<string> done)
    {
        foreach (var other in available)
        {
            if (other.Difficulty < exercise.Difficulty && !done.Contains(other.Id, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each obstacle's exercises, gentlest first, then shortest, then by id: computed once per catalog.</summary>
    private static FrozenDictionary<string, Exercise[]> IndexExercises(ContentCatalog catalog)
        => catalog.Obstacles.ToFrozenDictionary(
            static o => o.Id,
            o => catalog.Exercises.Where(e => e.Targets.Contains(o.Id, StringComparer.Ordinal))
                .OrderBy(static e => e.Difficulty).ThenBy(static e => e.Minutes).ThenBy(static e => e.Id, StringComparer.Ordinal)
                .ToArray(),
            StringComparer.Ordinal);

    private static Recommendation Create(Exercise exercise, ObstacleStanding standing, bool urgent, string obstacleTitle, AssessmentResult result)
    {
        // Where the result shows no bands (a translation without its own norms), neither the band nor a rule that names bands is given.
        var rule = result.ShowsBands
            ? "obstacles above their lowest band, highest first; gentlest available exercise first"
            : "the obstacles that stand out most, highest first; gentlest available exercise first";
        return new Recommendation(
            exercise,
            [new RecommendationReason(standing.ObstacleId, standing.ScoreId, standing.Value, result.ShowsBands ? standing.Band.Id : null, rule)],
            new ExplanationState(standing, urgent, obstacleTitle, result.Culture, result.ShowsBands),
            static recommendation => Explain(recommendation.Exercise, (ExplanationState)recommendation.State!));
    }

    private static string Explain(Exercise exercise, ExplanationState state)
        => ResultText.Recommendation(
            state.Culture,
            state.ShowsBands,
            (state.Standing.Title, state.Standing.Band.Label, state.Standing.Value),
            state.Standing.Title == state.ObstacleTitle ? null : state.ObstacleTitle,
            exercise,
            state.Urgent);

    private sealed record ExplanationState(ObstacleStanding Standing, bool Urgent, string ObstacleTitle, string Culture, bool ShowsBands);
}
