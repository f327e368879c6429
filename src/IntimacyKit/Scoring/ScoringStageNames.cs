namespace IntimacyKit.Scoring;

/// <summary>
/// The stable names of the built-in stages, in the order they run: <see cref="ScoringPipelineBuilderExtensions.AddDefaultStages"/>
/// adds all but <see cref="Recommend"/>, which <c>AddRecommendations</c> adds after them.
/// </summary>
public static class ScoringStageNames
{
    /// <summary>Reports unknown items, out-of-range values, duplicates and an unknown relationship kind: strictly (refuse the response) or leniently
    /// (drop and warn).</summary>
    public const string Validate = "validate";

    /// <summary>Scores reverse-keyed items as min + max - answer.</summary>
    public const string ReverseKey = "reverse-key";

    /// <summary>Counts answered items per scale and leaves a scale unscored when fewer than its minimum are answered.</summary>
    public const string MissingData = "missing-data";

    /// <summary>Computes scale scores (mean, or prorated sum) and composites (weighted means).</summary>
    public const string Aggregate = "aggregate";

    /// <summary>Computes standard scores where a scale has norms.</summary>
    public const string Norms = "norms";

    /// <summary>Finds the band that holds each score.</summary>
    public const string Bands = "bands";

    /// <summary>Raises safety flags from raw answers.</summary>
    public const string Safety = "safety";

    /// <summary>Flags straight-lining, contradictions and implausibly fast answering.</summary>
    public const string ResponseQuality = "response-quality";

    /// <summary>Asks the registered recommender for exercises.</summary>
    public const string Recommend = "recommend";
}
