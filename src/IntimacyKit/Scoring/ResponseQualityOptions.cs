namespace IntimacyKit.Scoring;

/// <summary>Options of the response-quality stage.</summary>
public sealed class ResponseQualityOptions
{
    /// <summary>Fewest answered scored items before straight-lining is considered (default 10: short checks are left alone).</summary>
    public int StraightLiningMinItems { get; init; } = 10;

    /// <summary>Share of answered items with one identical answer that counts as straight-lining (default 0.9).</summary>
    public double StraightLiningShare { get; init; } = 0.9;

    /// <summary>Whether to flag contradictory answers on reverse-keyed pairs (default on).</summary>
    public bool CheckContradictions { get; init; } = true;

    /// <summary>An answer faster than this counts as too fast (default 1 second).</summary>
    public TimeSpan FastAnswer { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of timed answers that must be too fast for the flag (default 0.5).</summary>
    public double FastShare { get; init; } = 0.5;

    /// <summary>Fewest timed answers before speed is judged (default 5).</summary>
    public int MinTimedAnswers { get; init; } = 5;
}
