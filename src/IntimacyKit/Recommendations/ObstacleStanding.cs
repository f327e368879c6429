using IntimacyKit.Content;

namespace IntimacyKit.Recommendations;

/// <summary>One obstacle that stands out in a result.</summary>
internal sealed record ObstacleStanding(string ObstacleId, string ScoreId, string Title, double Value, Band Band, int BandIndex, double Within, int Order);
