namespace IntimacyKit.Psychometrics;

/// <summary>Options of <see cref="ItemAnalysis"/>.</summary>
public sealed class ItemAnalysisOptions
{
    /// <summary>Pairwise (default) or listwise.</summary>
    public MissingAnswers Missing { get; init; } = MissingAnswers.Pairwise;

    /// <summary>Raw alpha below this raises a warning (default 0.7).</summary>
    public double AlphaThreshold { get; init; } = 0.7;

    /// <summary>Fewer respondents than this raises a warning (default 30).</summary>
    public int MinResponses { get; init; } = 30;
}
