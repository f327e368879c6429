namespace IntimacyKit.Content;

/// <summary>What a safety rule makes of a skipped or unanswered item.</summary>
public enum UnansweredSafetyItem
{
    /// <summary>Raise the rule's flag as a concern, with the reason "not answered" (the default). JSON: <c>concern</c>.</summary>
    Concern = 1,

    /// <summary>Raise the rule's flag as urgent. JSON: <c>urgent</c>.</summary>
    Urgent = 2,

    /// <summary>Raise nothing; only for rules whose item is optional by design. JSON: <c>ignore</c>.</summary>
    Ignore = 3,
}
