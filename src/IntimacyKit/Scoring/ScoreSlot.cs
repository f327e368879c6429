using System.Runtime.InteropServices;

namespace IntimacyKit.Scoring;

/// <summary>
/// The per-call state of one score: compact so that a result costs a few hundred bytes, and meaningful when all
/// zero (not scored because no stage reached it, no band) so that a new result needs no initialisation.
/// </summary>
[StructLayout(LayoutKind.Auto)] // never marshalled: the runtime may pack the fields as tightly as it likes
internal struct ScoreSlot
{
    /// <summary>The score; meaningful only when <see cref="Status"/> is <see cref="ScoreStatus.Scored"/>.</summary>
    public double Value;
    public short Answered;

    /// <summary>Missing answers filled in by imputation (counted with the score, not in <see cref="Answered"/>).</summary>
    public short Imputed;

    /// <summary>Index of the band plus one; 0 when no band holds the score.</summary>
    public byte BandPlusOne;
    public ScoreStatus Status;
    public NotScoredReason Reason;

    public readonly int BandIndex => BandPlusOne - 1;

    public readonly NotScoredReason EffectiveReason => Status == ScoreStatus.Scored
        ? NotScoredReason.None
        : Reason == NotScoredReason.None ? NotScoredReason.PipelineStopped : Reason;
}
