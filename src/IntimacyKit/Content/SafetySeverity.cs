namespace IntimacyKit.Content;

/// <summary>How urgent a safety flag is.</summary>
public enum SafetySeverity
{
    /// <summary>Worth attention: support is offered alongside the results. JSON: <c>concern</c>.</summary>
    Concern = 1,

    /// <summary>The person may be in danger: support is shown before anything else. JSON: <c>urgent</c>.</summary>
    Urgent = 2,
}
