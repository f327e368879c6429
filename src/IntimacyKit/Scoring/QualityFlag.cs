using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>A response-quality flag: a reason to read the scores with care, not a verdict; the scores are still produced.</summary>
public sealed class QualityFlag
{
    /// <summary>Creates a flag.</summary>
    /// <param name="kind">What it is about.</param>
    /// <param name="message">What was seen, in words.</param>
    /// <param name="itemIds">The items involved.</param>
    /// <param name="scaleId">The scale involved, if any.</param>
    public QualityFlag(QualityFlagKind kind, string message, IEnumerable<string> itemIds, string? scaleId = null)
    {
        Kind = Immutable.Defined(kind);
        Message = Guard.NotNull(message);
        ItemIds = Immutable.Copy(itemIds);
        ScaleId = scaleId;
    }

    /// <summary>What it is about.</summary>
    public QualityFlagKind Kind { get; }

    /// <summary>The kind as result JSON and batch score files spell it: "straight-lining", "contradiction" or "too-fast".</summary>
    public string KindName => NameOf(Kind);

    /// <summary>The one spelling of each kind, beside the type it names (result JSON reads and writes it through JsonNames).</summary>
    internal static string NameOf(QualityFlagKind kind) => kind switch
    {
        QualityFlagKind.StraightLining => "straight-lining",
        QualityFlagKind.Contradiction => "contradiction",
        QualityFlagKind.TooFast => "too-fast",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a quality flag kind."),
    };

    /// <summary>What was seen.</summary>
    public string Message { get; }

    /// <summary>The items involved.</summary>
    public ImmutableArray<string> ItemIds { get; }

    /// <summary>The scale involved, or <see langword="null"/>.</summary>
    public string? ScaleId { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Message}";
}
