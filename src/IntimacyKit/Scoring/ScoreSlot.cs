using System.Runtime.InteropServices;

namespace IntimacyKit.Scoring;

/// <summary>
/// The per-call state of one score: compact so that a result costs a few hundred bytes, and meaningful when all
/// zero (not scored because no stage reached it, no band) so that a new result needs no initialisation.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)] // 12 bytes a score: the slots are most of what scoring allocates
internal struct ScoreSlot
{
    /// <summary>The score; meaningful only when <see cref="Status"/> is <see cref="ScoreStatus.Scored"/>.</summary>
    public double Value;
    public short Answered;

    /// <summary>Index of the band plus one; 0 when no band holds the score.</summary>
    public byte BandPlusOne;

    /// <summary>The status in bit 0 and the reason above it (imputed counts live on the result, which rarely has any).</summary>
    private byte _state;

    public ScoreStatus Status
    {
        readonly get => (ScoreStatus)(_state & 1);
        set => _state = unchecked((byte)((_state & ~1) | (int)value));
    }

    /// <summary>Sets the status and the reason at once (one store, for the scoring hot path).</summary>
    public void Set(ScoreStatus status, NotScoredReason reason) => _state = unchecked((byte)((int)status | ((int)reason << 1)));

    public NotScoredReason Reason
    {
        readonly get => (NotScoredReason)(_state >> 1);
        set => _state = unchecked((byte)((_state & 1) | ((int)value << 1)));
    }

    public readonly int BandIndex => BandPlusOne - 1;

    public readonly NotScoredReason EffectiveReason => Status == ScoreStatus.Scored
        ? NotScoredReason.None
        : Reason == NotScoredReason.None ? NotScoredReason.PipelineStopped : Reason;
}
