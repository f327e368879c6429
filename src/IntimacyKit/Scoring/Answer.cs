using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>One answer of a response: a value on the response scale, or an explicit skip, with an optional response time.</summary>
public readonly struct Answer : IEquatable<Answer>
{
    // Packed (24 bytes rather than 40): scoring reads every answer of every response, and reads fewer bytes this way.
    private const byte HasValueFlag = 1;
    private const byte DoesNotApplyFlag = 2;
    /// <summary>The flag bit of an answer with a response time (see <see cref="Flags"/>).</summary>
    internal const byte HasResponseTimeFlag = 4;

    private readonly long _ticks;
    private readonly int _value;
    private readonly byte _flags;

    /// <summary>Creates an answer.</summary>
    /// <param name="itemId">Id of the item answered.</param>
    /// <param name="value">The raw value on the response scale, or <see langword="null"/> when the item was skipped.</param>
    /// <param name="responseTime">How long the person took to answer, if measured.</param>
    public Answer(string itemId, int? value, TimeSpan? responseTime = null)
        : this(itemId, value, responseTime, doesNotApply: false)
    {
    }

    private Answer(string itemId, int? value, TimeSpan? responseTime, bool doesNotApply)
    {
        ItemId = Guard.NotNull(itemId);
        _value = value ?? int.MinValue; // never in range: the hot path needs no separate test for a value
        _ticks = responseTime.GetValueOrDefault().Ticks;
        _flags = (byte)((value.HasValue ? HasValueFlag : 0) | (doesNotApply ? DoesNotApplyFlag : 0) | (responseTime.HasValue ? HasResponseTimeFlag : 0));
    }

    /// <summary>Id of the item answered.</summary>
    public string ItemId { get; }

    /// <summary>The raw value (before reverse keying), or <see langword="null"/> when skipped.</summary>
    public int? Value => (_flags & HasValueFlag) != 0 ? _value : null;

    /// <summary>Whether the item was explicitly skipped.</summary>
    public bool IsSkipped => Value is null;

    /// <summary>
    /// Whether the person answered "Does not apply" (offered only by items with <see cref="Content.AssessmentItem.OffersNotApplicable"/>):
    /// it counts as not answered, never as a value.
    /// </summary>
    public bool DoesNotApply => (_flags & DoesNotApplyFlag) != 0;

    /// <summary>How long the person took to answer, if measured.</summary>
    public TimeSpan? ResponseTime => (_flags & HasResponseTimeFlag) != 0 ? new TimeSpan(_ticks) : null;

    /// <summary>Whether a value was given (the scoring hot path reads this and <see cref="RawValue"/> rather than <see cref="Value"/>).</summary>
    internal bool HasValue => (_flags & HasValueFlag) != 0;

    /// <summary>The value when <see cref="HasValue"/>; otherwise <see cref="int.MinValue"/>, which no response scale holds.</summary>
    internal int RawValue => _value;

    /// <summary>The answer's flags: has a value (1), does not apply (2), has a response time (4).</summary>
    internal byte Flags => _flags;

    /// <summary>Whether a response time was given.</summary>
    internal bool HasResponseTime => (_flags & HasResponseTimeFlag) != 0;

    /// <summary>An explicit skip.</summary>
    /// <param name="itemId">Id of the item skipped.</param>
    /// <param name="responseTime">How long the person looked at the item, if measured.</param>
    /// <returns>The answer.</returns>
    public static Answer Skipped(string itemId, TimeSpan? responseTime = null) => new(itemId, null, responseTime);

    /// <summary>An answer of "Does not apply", for an item that offers it; it counts as not answered.</summary>
    /// <param name="itemId">Item id.</param>
    /// <param name="responseTime">Time taken to answer, if measured.</param>
    /// <returns>The answer.</returns>
    public static Answer NotApplicable(string itemId, TimeSpan? responseTime = null) => new(itemId, null, responseTime, doesNotApply: true);

    /// <inheritdoc />
    public bool Equals(Answer other)
        => ItemId == other.ItemId && Value == other.Value && ResponseTime == other.ResponseTime && DoesNotApply == other.DoesNotApply;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Answer other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ItemId, Value, ResponseTime, DoesNotApply);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(Answer left, Answer right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Answer left, Answer right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString()
        => $"{ItemId}={(Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : DoesNotApply ? "does not apply" : "skipped")}";
}
