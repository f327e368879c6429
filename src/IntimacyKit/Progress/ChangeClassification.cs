namespace IntimacyKit.Progress;

/// <summary>How a score changed.</summary>
public enum ChangeClassification
{
    /// <summary>No norms (standard deviation and reliability), or a score missing at the start or the end.</summary>
    NotEnoughInformation = 0,

    /// <summary>A reliable decrease: for an obstacle, lower is better.</summary>
    Improved = 1,

    /// <summary>No reliable change (|RCI| at most 1.96).</summary>
    Unchanged = 2,

    /// <summary>A reliable increase.</summary>
    Worsened = 3,
}
