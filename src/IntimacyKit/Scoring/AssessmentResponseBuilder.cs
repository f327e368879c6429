using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

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
