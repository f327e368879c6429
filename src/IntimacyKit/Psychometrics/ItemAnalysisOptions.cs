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

    /// <summary>Every problem with these options, in one exception, before any data is read.</summary>
    internal void Check()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Missing))
        {
            problems.Add($"ItemAnalysisOptions.Missing is {(int)Missing}; it should be Pairwise or Listwise.");
        }

        if (!(double.IsFinite(AlphaThreshold) && AlphaThreshold <= 1))
        {
            problems.Add(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"ItemAnalysisOptions.AlphaThreshold is {AlphaThreshold}; value should be a number no greater than 1 (alpha has no lower bound)."));
        }

        if (MinResponses < 2)
        {
            problems.Add($"ItemAnalysisOptions.MinResponses is {MinResponses}; value should be at least 2.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ItemAnalysisOptions), string.Join(" ", problems));
        }
    }
}
