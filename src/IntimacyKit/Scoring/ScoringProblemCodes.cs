namespace IntimacyKit.Scoring;

/// <summary>The stable codes of <see cref="ScoringProblem.Code"/> and of validation warnings.</summary>
public static class ScoringProblemCodes
{
    /// <summary>The response names an assessment the catalog does not have.</summary>
    public const string UnknownAssessment = "unknown-assessment";

    /// <summary>The response is for another version of the assessment.</summary>
    public const string WrongVersion = "wrong-version";

    /// <summary>The response names a relationship kind the catalog does not have.</summary>
    public const string UnknownRelationshipKind = "unknown-relationship-kind";

    /// <summary>An answer names an item the assessment does not have.</summary>
    public const string UnknownItem = "unknown-item";

    /// <summary>A value lies outside the response scale.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>An item is answered more than once.</summary>
    public const string DuplicateAnswer = "duplicate-answer";

    /// <summary>"Does not apply" was given for an item that does not offer it.</summary>
    public const string NotApplicableRefused = "not-applicable-refused";
}
