using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>The check every batch-level pass (imputation, norms) makes of the responses it pools.</summary>
internal static class ResponsePool
{
    /// <summary>A response to the assessment being pooled; one to another assessment or version is refused, by its position.</summary>
    public static AssessmentResponse Checked(AssessmentResponse? response, Assessment assessment, long position, string parameter)
    {
        // Both problems name the caller's parameter (its sequence of responses) and the position in it.
        if (response is null)
        {
            throw new ArgumentException($"Response {position + 1} is null.", parameter);
        }

        return response.AssessmentId == assessment.Id && response.AssessmentVersion == assessment.Version
            ? response
            : throw new ArgumentException(
                $"Response {position + 1} is to '{response.AssessmentId}' {response.AssessmentVersion}; only responses to '{assessment.Id}' "
                    + $"{assessment.Version} can be pooled here.",
                parameter);
    }
}
