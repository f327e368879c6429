namespace IntimacyKit.Content;

/// <summary>Whose safety a rule is about; decides how results are framed while its flag stands.</summary>
public enum SafetyRisk
{
    /// <summary>
    /// Harm from the other person (violence, threats, fear, control, put-downs). While such a flag stands, scales marked
    /// protective are framed as protection and no exercise is suggested for them. JSON: <c>from-other</c>.
    /// </summary>
    FromOther = 1,

    /// <summary>Harm to oneself (self-harm, thoughts of suicide). JSON: <c>to-self</c>.</summary>
    ToSelf = 2,

    /// <summary>Harm the person fears they may do to the other. JSON: <c>to-other</c>.</summary>
    ToOther = 3,
}
