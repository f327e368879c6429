using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>How a translation was made, by whom, when and with what permission, and how far it has come.</summary>
public sealed class TranslationProvenance
{
    /// <summary>Creates a provenance record.</summary>
    /// <param name="status">How far the translation has come; what it may be used for follows from it.</param>
    /// <param name="steps">The steps done, in order.</param>
    /// <param name="contributors">Who took part, by role.</param>
    /// <param name="date">When the translation reached its status.</param>
    /// <param name="permission">The licence of the translation, or the permission under which the source was translated.</param>
    /// <param name="notes">Anything a reader of results should know, such as what is still to be done; or <see langword="null"/>.</param>
    public TranslationProvenance(
        TranslationStatus status,
        IEnumerable<TranslationStep> steps,
        IEnumerable<TranslationContributor> contributors,
        DateOnly date,
        string permission,
        string? notes = null)
    {
        Status = status;
        Steps = [.. Guard.NotNull(steps)];
        Contributors = Immutable.Copy(contributors);
        Date = date;
        Permission = Guard.NotNull(permission);
        Notes = notes;
    }

    /// <summary>How far the translation has come.</summary>
    public TranslationStatus Status { get; }

    /// <summary>The steps done, in order.</summary>
    public ImmutableArray<TranslationStep> Steps { get; }

    /// <summary>Who took part, by role.</summary>
    public ImmutableArray<TranslationContributor> Contributors { get; }

    /// <summary>When the translation reached its status.</summary>
    public DateOnly Date { get; }

    /// <summary>The licence of the translation, or the permission under which the source was translated.</summary>
    public string Permission { get; }

    /// <summary>Anything a reader of results should know, or <see langword="null"/>.</summary>
    public string? Notes { get; }
}
