using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Recommendations;

/// <summary>
/// The default recommender behind the recommend stage. It ranks the obstacles whose scores stand highest relative to
/// their bands, then offers each obstacle's exercises that suit the relationship kind, the person's preferred modes
/// and minutes, gentlest first (a harder one only once the gentler ones are done), at most
/// <see cref="RecommenderOptions.MaxPerObstacle"/> per obstacle. It never offers an exercise contraindicated by a
/// raised safety flag; with an urgent flag it offers only solo or journal exercises that carry no contraindication,
/// and the result leads with support. Ties are broken by content order, so the same input gives the same list.
/// </summary>
public sealed class DefaultRecommender : IRecommender
{
    private readonly RecommenderOptions _options;

    /// <summary>Creates the recommender.</summary>
    /// <param name="options">List sizes; the defaults when <see langword="null"/>.</param>
    public DefaultRecommender(RecommenderOptions? options = null)
    {
        _options = options ?? new RecommenderOptions();
        Guard.InRange(_options.MaxPerObstacle, 1, 10, nameof(RecommenderOptions.MaxPerObstacle));
        Guard.InRange(_options.MaxRecommendations, 1, 50, nameof(RecommenderOptions.MaxRecommendations));
    }

    /// <inheritdoc />
    public ImmutableArray<Recommendation> Recommend(RecommendationRequest request)
    {
        Guard.NotNull(request);
        var result = request.Result;
        var preferences = request.Preferences ?? RecommendationPreferences.None;
        var urgent = result.RequiresSupportFirst;
        var recommendations = ImmutableArray.CreateBuilder<Recommendation>();
        foreach (var standing in ObstacleRanking.Rank(result))
        {
            var available = request.Catalog.Exercises
                .Where(e => e.Targets.Contains(standing.ObstacleId) && ObstacleRanking.IsSuitable(e, result, result.RelationshipKind, preferences.Modes, preferences.MaxMinutes))
                .ToList();
            var offered = 0;
            foreach (var exercise in available.OrderBy(static e => e.Difficulty).ThenBy(static e => e.Minutes).ThenBy(static e => e.Id, StringComparer.Ordinal))
            {
                if (offered == _options.MaxPerObstacle || recommendations.Count == _options.MaxRecommendations)
                {
                    break;
                }

                // Gentle first: a harder exercise only once every available easier one for this obstacle is done.
                if (preferences.Done.Contains(exercise.Id)
                    || available.Any(e => e.Difficulty < exercise.Difficulty && !preferences.Done.Contains(e.Id)))
                {
                    continue;
                }

                recommendations.Add(Create(exercise, standing, request, urgent));
                offered++;
            }

            if (recommendations.Count == _options.MaxRecommendations)
            {
                break;
            }
        }

        return recommendations.ToImmutable();
    }

    private static Recommendation Create(Exercise exercise, ObstacleStanding standing, RecommendationRequest request, bool urgent)
    {
        const string Rule = "obstacles above their lowest band, highest first; gentlest available exercise first";
        var kind = request.Catalog.TryGetRelationshipKind(request.Result.RelationshipKind, out var k) ? k.Title.ToLowerInvariant() : request.Result.RelationshipKind;
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"Suggested because your score on '{standing.Title}' is {standing.Value:0.##}, in the {standing.Band.Label} band ({standing.Band.Provenance}); '{exercise.Title}' is a {Describe(exercise.Difficulty)} step (difficulty {(int)exercise.Difficulty} of 3) that suits a {kind} relationship.");
        if (urgent)
        {
            text += " Because your answers suggest you may not be safe, only exercises you can do on your own are suggested, and the support options come first.";
        }

        return new Recommendation(exercise, [new RecommendationReason(standing.ObstacleId, standing.ScoreId, standing.Value, standing.Band.Id, Rule)], text);
    }

    private static string Describe(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Gentle => "gentle",
        Difficulty.Steady => "steady",
        _ => "stretching",
    };
}

/// <summary>Options of the <see cref="DefaultRecommender"/>.</summary>
public sealed class RecommenderOptions
{
    /// <summary>At most this many exercises per obstacle in one list (default 2). Range [1-10].</summary>
    public int MaxPerObstacle { get; init; } = 2;

    /// <summary>The length of the list (default 5). Range [1-50].</summary>
    public int MaxRecommendations { get; init; } = 5;
}
