using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>A person's answers to one version of an assessment, about one relationship kind.</summary>
public sealed class AssessmentResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="assessmentId">Id of the assessment answered.</param>
    /// <param name="assessmentVersion">Version of the assessment answered.</param>
    /// <param name="relationshipKind">Id of the relationship kind the answers are about.</param>
    /// <param name="answers">Answers by item id; items not listed are missing.</param>
    /// <param name="completedAt">When the response was completed (take it from a <see cref="TimeProvider"/>).</param>
    /// <param name="respondentId">An optional id of the person, for the host's own use.</param>
    public AssessmentResponse(
        string assessmentId,
        SemanticVersion assessmentVersion,
        string relationshipKind,
        IEnumerable<Answer> answers,
        DateTimeOffset completedAt,
        string? respondentId = null)
    {
        AssessmentId = Guard.NotNull(assessmentId);
        AssessmentVersion = assessmentVersion;
        RelationshipKind = Guard.NotNull(relationshipKind);
        Answers = Guard.NotNull(answers).ToImmutableArray();
        CompletedAt = completedAt;
        RespondentId = respondentId;
    }

    /// <summary>Id of the assessment answered.</summary>
    public string AssessmentId { get; }

    /// <summary>Version of the assessment answered.</summary>
    public SemanticVersion AssessmentVersion { get; }

    /// <summary>Id of the relationship kind the answers are about.</summary>
    public string RelationshipKind { get; }

    /// <summary>The answers, in the order given.</summary>
    public ImmutableArray<Answer> Answers { get; }

    /// <summary>When the response was completed.</summary>
    public DateTimeOffset CompletedAt { get; }

    /// <summary>An optional id of the person.</summary>
    public string? RespondentId { get; }

    /// <summary>Starts building a response to an assessment.</summary>
    /// <param name="assessment">The assessment answered; its id and version are used.</param>
    /// <param name="relationshipKind">Id of the relationship kind the answers are about.</param>
    /// <returns>A builder.</returns>
    public static AssessmentResponseBuilder For(Assessment assessment, string relationshipKind) => new(Guard.NotNull(assessment), relationshipKind);
}
