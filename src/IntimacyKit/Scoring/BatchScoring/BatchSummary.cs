using System.Globalization;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>Counts of a batch: rows read, scored and rejected. Add each outcome as it is consumed.</summary>
public sealed class BatchSummary
{
    /// <summary>Rows read, malformed ones included.</summary>
    public long Read { get; private set; }

    /// <summary>Rows scored.</summary>
    public long Scored { get; private set; }

    /// <summary>Rows rejected: malformed, or not scorable.</summary>
    public long Rejected => Read - Scored;

    /// <summary>Rows with an urgent safety flag, scored or not.</summary>
    public long Urgent { get; private set; }

    /// <summary>Rows with any safety flag (concern, skipped safety statement or urgent), scored or not.</summary>
    public long Flagged { get; private set; }

    /// <summary>Rows that left a safety statement unanswered (a reason for care, never a pass), scored or not.</summary>
    public long SafetyNotAnswered { get; private set; }

    /// <summary>Counts one outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    public void Add(in BatchOutcome outcome)
    {
        Read++;
        if (outcome.IsScored)
        {
            Scored++;
        }

        var flags = outcome.SafetyFlags;
        if (flags.IsEmpty)
        {
            return;
        }

        Flagged++;
        if (flags[0].Severity == SafetySeverity.Urgent)
        {
            Urgent++;
        }

        foreach (var flag in flags)
        {
            if (flag.NotAnswered)
            {
                SafetyNotAnswered++;
                break;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Read} rows read, {Scored} scored, {Rejected} rejected");
}
