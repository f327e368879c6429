using System.Collections.Immutable;
using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>
/// A safety flag raised by a rule, because the item was answered at or above its threshold or because it was skipped
/// (a skipped safety statement is a reason for care, never a pass). Hosts show its support resources before results,
/// and before anything else when it is urgent.
/// </summary>
public sealed class SafetyFlag
{
    /// <summary>Creates a flag.</summary>
    /// <param name="flag">The flag id, such as <c>current-harm</c>.</param>
    /// <param name="severity">How urgent it is.</param>
    /// <param name="ruleId">The rule that raised it.</param>
    /// <param name="itemId">The item whose answer (or missing answer) raised it.</param>
    /// <param name="answer">The raw answer, or <see langword="null"/> when the item was skipped or not answered.</param>
    /// <param name="threshold">The rule's threshold (an answer at least this raises the flag).</param>
    /// <param name="resources">Support resources to show, most relevant first.</param>
    /// <param name="risk">Whose safety the rule is about.</param>
    /// <param name="message">The rule's own words for the person, shown above the resources, or <see langword="null"/>.</param>
    public SafetyFlag(
        string flag,
        SafetySeverity severity,
        string ruleId,
        string itemId,
        int? answer,
        int threshold,
        IEnumerable<SupportResource> resources,
        SafetyRisk risk = SafetyRisk.FromOther,
        string? message = null)
    {
        Flag = Guard.NotNull(flag);
        Severity = Immutable.Defined(severity);
        RuleId = Guard.NotNull(ruleId);
        ItemId = Guard.NotNull(itemId);
        Answer = answer;
        Threshold = threshold;
        Resources = Immutable.Copy(resources);
        Risk = Immutable.Defined(risk);
        Message = message;
    }

    /// <summary>The flag id.</summary>
    public string Flag { get; }

    /// <summary>How urgent it is.</summary>
    public SafetySeverity Severity { get; }

    /// <summary>The rule that raised it.</summary>
    public string RuleId { get; }

    /// <summary>The item whose answer raised it.</summary>
    public string ItemId { get; }

    /// <summary>The raw answer that raised it, or <see langword="null"/> when the item was skipped or not answered.</summary>
    public int? Answer { get; }

    /// <summary>Whether the flag was raised because the item was skipped or not answered.</summary>
    public bool NotAnswered => Answer is null;

    /// <summary>The rule's threshold.</summary>
    public int Threshold { get; }

    /// <summary>Support resources, most relevant first.</summary>
    public ImmutableArray<SupportResource> Resources { get; }

    /// <summary>Whose safety the rule is about.</summary>
    public SafetyRisk Risk { get; }

    /// <summary>The rule's own words for the person, shown above the resources, or <see langword="null"/> (a skip never carries them).</summary>
    public string? Message { get; }

    /// <summary>
    /// The words to show above the support resources of these flags, in order: with an urgent flag, the pack's urgent
    /// notice when harm from the other person may stand, then each rule's own words raised by an answer (thoughts of
    /// self-harm, fear of hurting the other); with concerns only, the pack's concern notice, then any rule's own words.
    /// Empty when there are no flags. Used for results and for responses that could not be scored alike.
    /// </summary>
    /// <param name="flags">The flags raised.</param>
    /// <param name="notices">The notices of the pack that defines the assessment.</param>
    /// <returns>The messages, without repeats.</returns>
    public static ImmutableArray<string> SupportMessages(IEnumerable<SafetyFlag> flags, PackNotices notices)
    {
        Guard.NotNull(flags);
        Guard.NotNull(notices);
        var raised = flags.ToList();
        if (raised.Count == 0)
        {
            return [];
        }

        var urgent = raised.Exists(static f => f.Severity == SafetySeverity.Urgent);
        var messages = new List<string>();
        if (!urgent)
        {
            messages.Add(notices.Concern);
        }
        else if (raised.Exists(static f => f.Severity == SafetySeverity.Urgent && f.Risk == SafetyRisk.FromOther && f.Message is null))
        {
            messages.Add(notices.Urgent);
        }

        foreach (var flag in raised)
        {
            if (flag.Message is { } message && (!urgent || flag.Severity == SafetySeverity.Urgent) && !messages.Contains(message))
            {
                messages.Add(message);
            }
        }

        if (messages.Count == 0)
        {
            messages.Add(notices.Urgent);
        }

        return [.. messages];
    }

    /// <summary>Why the flag was raised, in words.</summary>
    public string Explanation => Answer is { } answer
        ? $"Rule '{RuleId}' raised the {SeverityName} flag '{Flag}' because item '{ItemId}' was answered {answer}, at least {Threshold}."
        : $"Rule '{RuleId}' raised the {SeverityName} flag '{Flag}' because item '{ItemId}' was not answered; a skipped safety statement is a reason for "
            + "care, not a pass.";

    private string SeverityName => Severity == SafetySeverity.Urgent ? "urgent" : "concern";

    /// <inheritdoc />
    public override string ToString() => $"{Flag} ({SeverityName}, rule {RuleId}{(Answer is null ? ", not answered" : string.Empty)})";
}
