using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Recommendations;

/// <summary>What recommendations and plans share: which obstacles stand out, and which exercises a person may be offered.</summary>
internal static class ObstacleRanking
{
    /// <summary>Obstacle scales above their lowest band: highest band first, then furthest into the band, then content order.</summary>
    public static List<ObstacleStanding> Rank(AssessmentResult result)
    {
        var standings = new List<ObstacleStanding>();
        var order = 0;
        foreach (var score in result.Scales)
        {
            order++;

            // A protective scale is not something to fix while the person may be unsafe, and a perception of the other
            // person is never a reason for the respondent's own exercises: neither is ranked.
            if (score.Value is not { } value || score.DefinedBand is not { } band || score.ProtectiveFraming is not null || score.IsAboutOther)
            {
                continue;
            }

            var bandIndex = score.DefinedBands.IndexOf(band);
            if (bandIndex <= 0)
            {
                continue;
            }

            if (score.Obstacle is { } obstacle)
            {
                if (!standings.Exists(s => s.ObstacleId == obstacle))
                {
                    var within = band.To > band.From ? (value - band.From) / (band.To - band.From) : 0;
                    standings.Add(new ObstacleStanding(obstacle, score.Id, score.Title, value, band, bandIndex, within, order));
                }
            }
            else
            {
                AddObstaclesWithin(result, score, value, band, bandIndex, order, standings);
            }
        }

        standings.Sort(static (a, b) =>
        {
            var order = b.BandIndex.CompareTo(a.BandIndex);
            order = order != 0 ? order : b.Within.CompareTo(a.Within);
            return order != 0 ? order : a.Order.CompareTo(b.Order);
        });
        return standings;
    }

    /// <summary>
    /// Within a category that stands out, the obstacles whose own statement was answered above the middle of the answer
    /// scale (once keyed), most strongly first: a quick check then leads to exercises for what the person actually said.
    /// </summary>
    private static void AddObstaclesWithin(
        AssessmentResult result,
        ScaleScore score,
        double value,
        Band band,
        int bandIndex,
        int order,
        List<ObstacleStanding> standings)
    {
        var layout = result.Layout;
        var slot = layout.Scores[layout.ScoreIndex[score.Id]];
        var middle = (layout.ResponseMin + layout.ResponseMax) / 2.0;
        foreach (var item in slot.Members)
        {
            if (layout.ItemObstacles[item] is not { } obstacle || standings.Exists(s => s.ObstacleId == obstacle)
                || RawAnswer(result, layout.ItemIds[item]) is not { } raw || raw < layout.ResponseMin || raw > layout.ResponseMax)
            {
                continue;
            }

            var keyed = layout.ItemReverse[item] ? ResponseScale.Reverse(layout.ResponseMin, layout.ResponseMax, raw) : raw;
            if (keyed > middle)
            {
                var within = (double)(keyed - layout.ResponseMin) / (layout.ResponseMax - layout.ResponseMin);
                standings.Add(new ObstacleStanding(obstacle, score.Id, score.Title, value, band, bandIndex, within, order));
            }
        }
    }

    private static int? RawAnswer(AssessmentResult result, string itemId)
    {
        foreach (var answer in result.Answers)
        {
            if (answer.ItemId == itemId)
            {
                return answer.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an exercise may be offered: it suits the relationship kind, mode and minutes, and no raised safety flag
    /// rules it out; with an urgent flag only solo or journal exercises without contraindications remain.
    /// </summary>
    public static bool IsSuitable(Exercise exercise, AssessmentResult result, string relationshipKind, ImmutableArray<ExerciseMode> modes, int? maxMinutes)
    {
        if (!exercise.RelationshipKinds.Contains(relationshipKind, StringComparer.Ordinal)
            || (!modes.IsDefaultOrEmpty && !modes.Contains(exercise.Mode))
            || (maxMinutes is { } minutes && exercise.Minutes > minutes))
        {
            return false;
        }

        if (result.RequiresSupportFirst)
        {
            return exercise.Contraindications.IsEmpty && exercise.Mode is ExerciseMode.Solo or ExerciseMode.Journal;
        }

        foreach (var flag in exercise.Contraindications)
        {
            if (result.HasSafetyFlag(flag))
            {
                return false;
            }
        }

        return true;
    }
}
