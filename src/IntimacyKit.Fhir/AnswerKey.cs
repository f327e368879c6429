using Hl7.Fhir.Model;

namespace IntimacyKit.Fhir;

/// <summary>
/// How a response names one answer of a questionnaire's own: a coding (system and code), or a plain value (an integer, a
/// string) with no system.
/// </summary>
internal readonly record struct AnswerKey(string? System, string? Code, bool IsCoding)
{
    public static AnswerKey Of(DataType? value) => value switch
    {
        Coding coding => new AnswerKey(coding.System, coding.Code, IsCoding: true),
        PrimitiveType primitive => new AnswerKey(null, primitive.ToString(), IsCoding: false),
        _ => default,
    };

    /// <summary>
    /// Whether an answer in a response names this option: a coding for a coding, the same code, and the same system where
    /// both give one (a response may leave the system out when the questionnaire names it).
    /// </summary>
    public bool Matches(DataType? answer)
    {
        var given = Of(answer);
        return Code is not null
            && given.IsCoding == IsCoding
            && string.Equals(Code, given.Code, StringComparison.Ordinal)
            && (System is null || given.System is null || string.Equals(System, given.System, StringComparison.Ordinal));
    }

    public override string ToString() => System is null ? Code ?? string.Empty : $"{System}|{Code}";
}
