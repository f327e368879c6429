namespace IntimacyKit.Scoring;

/// <summary>What a response-quality flag is about.</summary>
public enum QualityFlagKind
{
    /// <summary>The same answer on nearly every item, including reverse-keyed ones.</summary>
    StraightLining = 1,

    /// <summary>A normal and a reverse-keyed item of one scale answered at opposite ends once keyed (both agreed with, or both rejected, fully).</summary>
    Contradiction = 2,

    /// <summary>Answers given faster than anyone could read the items.</summary>
    TooFast = 3,
}
