using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>One problem with a response: thrown in a <see cref="ScoringException"/>, or kept as a warning on the result (lenient validation, notes from
/// custom stages).</summary>
public sealed class ScoringProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">Stable code from <see cref="ScoringProblemCodes"/>.</param>
    /// <param name="message">What is wrong and what is allowed.</param>
    /// <param name="itemId">The item concerned, if any.</param>
    public ScoringProblem(string code, string message, string? itemId = null)
    {
        Code = Guard.NotNull(code);
        Message = Guard.NotNull(message);
        ItemId = itemId;
    }

    /// <summary>Stable code from <see cref="ScoringProblemCodes"/>.</summary>
    public string Code { get; }

    /// <summary>What is wrong and what is allowed.</summary>
    public string Message { get; }

    /// <summary>The item concerned, or <see langword="null"/>.</summary>
    public string? ItemId { get; }

    /// <inheritdoc />
    public override string ToString() => ItemId is null ? Message : $"{ItemId}: {Message}";
}
