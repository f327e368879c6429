namespace IntimacyKit.Content;

/// <summary>
/// How far a translation has come (ITC Guidelines for Translating and Adapting Tests, 2nd ed., 2017): what it may be
/// used for follows from it. Only a <see cref="Validated"/> translation that carries its own norms shows bands and
/// norms; every other one shows scores with a note that bands are not available in its language.
/// </summary>
public enum TranslationStatus
{
    /// <summary>Raw machine translation: no guide or glossary, no one who knows both languages has read it through.</summary>
    Machine,

    /// <summary>
    /// A complete forward translation (its provenance says by whom and how); not yet reconciled, back-translated, reviewed by
    /// experts or tested.
    /// </summary>
    Draft,

    /// <summary>Reconciled and reviewed by people who know both languages and the instrument.</summary>
    Reviewed,

    /// <summary>Reviewed, cognitively tested and studied in its own population, with its own norms where it carries them.</summary>
    Validated,
}
