namespace IntimacyKit.Samples.Web.Data;

/// <summary>What became of a result that was to be saved.</summary>
public enum SaveStatus
{
    /// <summary>Stored now.</summary>
    Created,

    /// <summary>The same request (the same Idempotency-Key and answers) was stored before; that result is returned.</summary>
    Repeated,

    /// <summary>The Idempotency-Key was used before for a different request; nothing is stored.</summary>
    KeyReused,

    /// <summary>Not stored, for the reason given (such as waiting for the other person in a pairing).</summary>
    Refused,
}
