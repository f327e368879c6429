namespace IntimacyKit.Content;

/// <summary>How a translation speaks to the person, in languages that tell the two apart (German du and Sie, French tu and vous).</summary>
public enum FormOfAddress
{
    /// <summary>Not given, or a language that does not tell them apart.</summary>
    Unspecified,

    /// <summary>The informal form (German du).</summary>
    Informal,

    /// <summary>The formal form (German Sie).</summary>
    Formal,
}
