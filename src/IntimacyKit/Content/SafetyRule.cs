using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// Raises a safety flag when the raw answer to an item is at least a threshold, and (unless told otherwise) a concern
/// flag when the item is skipped or not answered: a skipped safety statement is a reason for care, never a pass.
/// Exercises name flags as contraindications, so a raised flag withholds them; hosts show the rule's support resources first.
/// </summary>
public sealed class SafetyRule
{
    /// <summary>Creates a safety rule.</summary>
    /// <param name="id">Stable kebab-case id, unique within the assessment.</param>
    /// <param name="item">Id of the item whose raw answer is checked.</param>
    /// <param name="atLeast">Lowest raw answer that raises the flag; within the response scale.</param>
    /// <param name="flag">Kebab-case id of the flag raised, such as <c>current-harm</c>.</param>
    /// <param name="severity">How urgent the flag is.</param>
    /// <param name="resources">Ids of the support resources to show, most relevant first.</param>
    /// <param name="whenUnanswered">What a skipped or unanswered item means; a concern by default.</param>
    /// <param name="risk">Whose safety the rule is about; harm from the other person by default.</param>
    /// <param name="resourcesWhenUnanswered">
    /// Ids of the support resources to show when the item was skipped or not answered, for help that suits someone who
    /// said nothing (not a programme for people who use violence, say); <see cref="Resources"/> when <see langword="null"/>.
    /// </param>
    /// <param name="message">
    /// Words shown above the support resources when the rule is raised by an answer, in place of the pack's general
    /// notice (for example, to a person who said they have thoughts of self-harm); <see langword="null"/> for the notice.
    /// </param>
    public SafetyRule(
        string id,
        string item,
        int atLeast,
        string flag,
        SafetySeverity severity,
        IEnumerable<string> resources,
        UnansweredSafetyItem whenUnanswered = UnansweredSafetyItem.Concern,
        SafetyRisk risk = SafetyRisk.FromOther,
        string? message = null,
        IEnumerable<string>? resourcesWhenUnanswered = null)
    {
        Id = Guard.NotNull(id);
        Item = Guard.NotNull(item);
        AtLeast = atLeast;
        Flag = Guard.NotNull(flag);
        Severity = Immutable.Defined(severity);
        Resources = Immutable.Copy(resources);
        WhenUnanswered = Immutable.Defined(whenUnanswered);
        Risk = Immutable.Defined(risk);
        Message = message;
        HasOwnUnansweredResources = resourcesWhenUnanswered is not null;
        ResourcesWhenUnanswered = resourcesWhenUnanswered is null ? Resources : Immutable.Copy(resourcesWhenUnanswered);
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Id of the item whose raw answer is checked.</summary>
    public string Item { get; }

    /// <summary>Lowest raw answer that raises the flag.</summary>
    public int AtLeast { get; }

    /// <summary>Id of the flag raised.</summary>
    public string Flag { get; }

    /// <summary>How urgent the flag is.</summary>
    public SafetySeverity Severity { get; }

    /// <summary>Ids of the support resources to show.</summary>
    public ImmutableArray<string> Resources { get; }

    /// <summary>What a skipped or unanswered item means.</summary>
    public UnansweredSafetyItem WhenUnanswered { get; }

    /// <summary>Whose safety the rule is about.</summary>
    public SafetyRisk Risk { get; }

    /// <summary>Ids of the support resources shown when the item was skipped or not answered.</summary>
    public ImmutableArray<string> ResourcesWhenUnanswered { get; }

    /// <summary>Whether the rule names its own <see cref="ResourcesWhenUnanswered"/> (otherwise they are <see cref="Resources"/>).</summary>
    public bool HasOwnUnansweredResources { get; }

    /// <summary>Words shown above the support resources when an answer raises the rule, or <see langword="null"/> for the pack's notice.</summary>
    public string? Message { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
