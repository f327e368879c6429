namespace IntimacyKit.Psychometrics;

/// <summary>How item analysis treats missing answers.</summary>
public enum MissingAnswers
{
    /// <summary>Each covariance uses every respondent who answered both items (as <c>psych::alpha</c> does by default).</summary>
    Pairwise = 0,

    /// <summary>Only respondents who answered every item of the scale count.</summary>
    Listwise = 1,
}
