namespace IntimacyKit.Scoring;

/// <summary>How missing answers of a scale are filled in before it is scored (<c>psych::scoreItems</c>'s <c>impute</c>).</summary>
public enum ImputationMethod
{
    /// <summary>Nothing is filled in: the score is the mean of the answered items (a sum is prorated), as without imputation.</summary>
    None = 0,

    /// <summary>A missing answer counts as the item's median (keyed) over the responses scored together.</summary>
    Median = 1,

    /// <summary>A missing answer counts as the item's mean (keyed) over the responses scored together.</summary>
    Mean = 2,
}
