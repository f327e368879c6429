namespace IntimacyKit.Psychometrics;

/// <summary>Options of <see cref="NormsBuilder"/>: who the sample is and when it was collected.</summary>
public sealed class NormsOptions
{
    /// <summary>The fewest complete responses a scale's norms are built from.</summary>
    internal const int FewestResponses = 100;

    /// <summary>Who the sample is (for example "Pilot, 1,200 adults in couples, online panel"); required.</summary>
    public string Sample { get; init; } = string.Empty;

    /// <summary>When the sample was collected (or closed).</summary>
    public DateOnly Date { get; init; }

    /// <summary>Complete responses a scale needs for norms: at least (and by default) <see cref="FewestResponses"/>.</summary>
    public int MinResponses { get; init; } = FewestResponses;

    internal void Check()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Sample))
        {
            problems.Add("NormsOptions.Sample is empty; describe the sample the norms come from (who, how many, how recruited).");
        }

        if (Date == default)
        {
            problems.Add("NormsOptions.Date is not set; give the date the sample was collected.");
        }

        if (MinResponses < FewestResponses)
        {
            problems.Add($"NormsOptions.MinResponses is {MinResponses}; value should be at least {FewestResponses}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), "options");
        }
    }
}
