using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>
/// Results that cannot be compared (a dyadic report, a progress report): too few, of different assessments, or of
/// versions not declared comparable. Carries what did not match, so hosts word it their own way; <see cref="Problem"/>
/// is the sentence without the parameter name.
/// </summary>
public sealed class ResultComparisonException : ArgumentException
{
    internal ResultComparisonException(string problem, string paramName, AssessmentResult? first = null, AssessmentResult? other = null)
        : base(problem, paramName)
    {
        Problem = problem;
        FirstAssessmentId = first?.AssessmentId;
        FirstVersion = first?.AssessmentVersion;
        OtherAssessmentId = other?.AssessmentId;
        OtherVersion = other?.AssessmentVersion;
    }

    /// <summary>What is wrong, in one sentence.</summary>
    public string Problem { get; }

    /// <summary>The assessment of the first result, when the problem is a mismatch.</summary>
    public string? FirstAssessmentId { get; }

    /// <summary>The version of the first result, when the problem is a mismatch.</summary>
    public SemanticVersion? FirstVersion { get; }

    /// <summary>The assessment of the result that does not match it.</summary>
    public string? OtherAssessmentId { get; }

    /// <summary>The version of the result that does not match it.</summary>
    public SemanticVersion? OtherVersion { get; }
}
