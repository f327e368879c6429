using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>
/// The score of one scale or composite in a result. A lightweight view over the result's compact data: reading it
/// allocates nothing, and the standard scores are computed when asked for.
/// </summary>
public readonly struct ScaleScore
{
    private readonly AssessmentResult _result;
    private readonly int _index;

    internal ScaleScore(AssessmentResult result, int index)
    {
        _result = result;
        _index = index;
    }

    private ScoreLayout Layout => _result.Layout.Scores[_index];

    private ref readonly ScoreSlot Slot => ref _result.Slots[_index];

    /// <summary>Id of the scale or composite.</summary>
    public string Id => Layout.Id;

    /// <summary>Name shown to people.</summary>
    public string Title => Layout.Title;

    /// <summary>Whether this is a composite rather than a scale.</summary>
    public bool IsComposite => Layout.IsComposite;

    /// <summary>The obstacle the scale measures, if any.</summary>
    public string? Obstacle => Layout.Obstacle;

    /// <summary>The obstacle category the scale measures, if any.</summary>
    public string? Category => Layout.Category;

    /// <summary>Whether it is scored.</summary>
    public ScoreStatus Status => Slot.Status;

    /// <summary>Why it is not scored, or <see cref="NotScoredReason.None"/>.</summary>
    public NotScoredReason NotScoredReason => Slot.EffectiveReason;

    /// <summary>Whether it is scored.</summary>
    public bool IsScored => Slot.Status == ScoreStatus.Scored;

    /// <summary>The score, or <see langword="null"/> when not scored. Full double precision; never rounded.</summary>
    public double? Value => IsScored ? Slot.Value : null;

    /// <summary>Answered items (scale) or scored component scales (composite).</summary>
    public int Answered => Slot.Answered;

    /// <summary>Missing answers filled in by <see cref="AssessmentResult.Imputation"/> and counted in the score (0 without imputation).</summary>
    public int Imputed => _result.ImputedAt(_index);

    /// <summary>Items (scale) or component scales (composite).</summary>
    public int Count => Layout.Members.Length;

    /// <summary>The lowest score the scale (or composite) can take.</summary>
    public double Lowest => Layout.Lowest;

    /// <summary>The highest score the scale (or composite) can take.</summary>
    public double Highest => Layout.Highest;

    /// <summary>Fewest answered items (scale) or scored scales (composite) needed for a score.</summary>
    public int MinRequired => Layout.MinRequired;

    /// <summary>How item scores combine (composites are always weighted means).</summary>
    public Aggregation Aggregation => Layout.Aggregation;

    /// <summary>Every band of the scale or composite, in ascending order.</summary>
    public System.Collections.Immutable.ImmutableArray<Band> Bands => _result.Layout.ShowsBands ? Layout.Bands : [];

    /// <summary>The bands and band the pack defines, whether or not this language shows them (the recommender's rule uses them).</summary>
    internal System.Collections.Immutable.ImmutableArray<Band> DefinedBands => Layout.Bands;

    /// <inheritdoc cref="DefinedBands"/>
    internal Band? DefinedBand => Slot.BandIndex >= 0 ? Layout.Bands[Slot.BandIndex] : null;

    /// <summary>The band that holds the score, or <see langword="null"/>.</summary>
    public Band? Band => _result.Layout.ShowsBands ? DefinedBand : null;

    /// <summary>The norms used for standard scores: a host's own (set by a stage) or the content's, or <see langword="null"/>.</summary>
    public Norms? Norms => _result.NormsOf(_index);

    /// <summary>
    /// The content's protective framing of this scale (such as "Wariness can protect you") while a flag of harm from the
    /// other person stands and the scale is scored; <see langword="null"/> otherwise. When set, hosts show it instead of reading the score as
    /// something to work on, and no exercise is suggested for the scale.
    /// </summary>
    public string? ProtectiveFraming => _result.HarmFromOtherFlagged && IsScored ? Layout.Protective : null;

    /// <summary>Whether the scale measures how the respondent sees the other person; it never leads to the respondent's own exercises.</summary>
    public bool IsAboutOther => Layout.AboutOther;

    /// <summary>Whether the content marks this scale as protective (it measures wariness or self-protection).</summary>
    public bool IsProtective => Layout.Protective is not null;

    /// <summary>
    /// The score's percentile rank in the norms' own sample (from their table of every possible score, interpolated for a
    /// prorated score), when the norms carry a table; <see langword="null"/> otherwise. Unlike
    /// <see cref="StandardScore.Percentile"/> it assumes no normal distribution. A result's JSON keeps the norms'
    /// figures but not their table, so a result read back from JSON has none.
    /// </summary>
    public double? PercentileRank => Value is { } value && Norms is { Table.IsEmpty: false } norms ? norms.PercentileRankOf(value) : null;

    /// <summary>Standard scores (z, T, normal-theory percentile), when the norms stage ran and the scale has norms.</summary>
    public StandardScore? Standard => _result.ZOf(_index) is { } z ? new StandardScore(z) : null;

    /// <summary>Explains the score: items counted after keying, items missing, the rule, the band and its provenance.</summary>
    /// <returns>A new explanation.</returns>
    public ScoreExplanation Explain() => ScoreExplanation.Create(_result, _index);

    /// <inheritdoc />
    public override string ToString() => IsScored
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id}: {Slot.Value:0.###}{(Band is { } band ? $" ({band.Label})" : string.Empty)}")
        : $"{Id}: not scored ({NotScoredReason})";
}
