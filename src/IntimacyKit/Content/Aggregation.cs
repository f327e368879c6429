namespace IntimacyKit.Content;

/// <summary>How item scores combine into a scale score.</summary>
public enum Aggregation
{
    /// <summary>Mean of the answered items. JSON: <c>mean</c>.</summary>
    Mean = 1,

    /// <summary>Sum of the items, prorated over unanswered ones. JSON: <c>sum</c>.</summary>
    Sum = 2,
}
