namespace IntimacyKit.Content;

/// <summary>The stable codes of <see cref="ContentProblem.Code"/>.</summary>
public static class ContentProblemCodes
{
    /// <summary>The input is larger than the configured cap.</summary>
    public const string TooLarge = "too-large";

    /// <summary>The input is not valid UTF-8 text.</summary>
    public const string Encoding = "encoding";

    /// <summary>The input is not well-formed JSON (including truncation, nesting too deep, trailing content).</summary>
    public const string Syntax = "syntax";

    /// <summary>An object has the same property twice.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>A property that the format does not define, including <c>$type</c> and other metadata.</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A required property is missing.</summary>
    public const string MissingProperty = "missing-property";

    /// <summary>A value has the wrong JSON type.</summary>
    public const string WrongType = "wrong-type";

    /// <summary>A value is outside what is allowed (range, enumeration, pattern).</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>A text that must say something is empty or white space.</summary>
    public const string EmptyText = "empty-text";

    /// <summary>Two definitions of the same kind share an id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A reference names nothing that is defined.</summary>
    public const string UnresolvedReference = "unresolved-reference";

    /// <summary>A <c>{placeholder}</c> in item text is malformed or unknown.</summary>
    public const string Placeholder = "placeholder";

    /// <summary>Bands are out of order, overlap, or leave the possible score range.</summary>
    public const string Bands = "bands";

    /// <summary>A support resource carries contact details; hosts supply those.</summary>
    public const string ContactDetails = "contact-details";

    /// <summary>Two packs in a catalog define the same id differently.</summary>
    public const string Conflict = "conflict";
}
