namespace IntimacyKit.Content;

/// <summary>A step of how a translation was made (ITC Guidelines 2017; ISPOR principles of good practice, 2005).</summary>
public enum TranslationStep
{
    /// <summary>The source translated into the target language, usually by two translators independently.</summary>
    ForwardTranslation,

    /// <summary>Forward translations compared and merged into one.</summary>
    Reconciliation,

    /// <summary>The reconciled version translated back into the source language by someone who has not seen the source.</summary>
    BackTranslation,

    /// <summary>Back translation and source compared, and the translation reviewed by experts in both languages and the field.</summary>
    Review,

    /// <summary>People who will answer the instrument asked how they understand each statement.</summary>
    CognitiveTesting,
}
