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

/// <summary>Collects answers for an <see cref="AssessmentResponse"/>; the completion time comes from a <see cref="TimeProvider"/>.</summary>
public sealed class AssessmentResponseBuilder
{
    private readonly Assessment _assessment;
    private readonly string _relationshipKind;
    private readonly List<Answer> _answers = [];
    private string? _respondentId;

    internal AssessmentResponseBuilder(Assessment assessment, string relationshipKind)
    {
        _assessment = assessment;
        _relationshipKind = Guard.NotNull(relationshipKind);
    }

    /// <summary>Adds an answer.</summary>
    /// <param name="itemId">Item id.</param>
    /// <param name="value">Raw value on the response scale.</param>
    /// <param name="responseTime">How long the person took, if measured.</param>
    /// <returns>This builder.</returns>
    public AssessmentResponseBuilder Answer(string itemId, int value, TimeSpan? responseTime = null)
    {
        _answers.Add(new Answer(itemId, value, responseTime));
        return this;
    }

    /// <summary>Records that an item was explicitly skipped.</summary>
    /// <param name="itemId">Item id.</param>
    /// <returns>This builder.</returns>
    public AssessmentResponseBuilder Skip(string itemId)
    {
        _answers.Add(Scoring.Answer.Skipped(itemId));
        return this;
    }

    /// <summary>Sets the respondent id.</summary>
    /// <param name="respondentId">An id for the host's own use.</param>
    /// <returns>This builder.</returns>
    public AssessmentResponseBuilder RespondentId(string respondentId)
    {
        _respondentId = Guard.NotNull(respondentId);
        return this;
    }

    /// <summary>Builds the response, completed now according to <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <returns>The response.</returns>
    public AssessmentResponse Build(TimeProvider? timeProvider = null)
        => new(_assessment.Id, _assessment.Version, _relationshipKind, _answers, (timeProvider ?? TimeProvider.System).GetUtcNow(), _respondentId);
}
