using System.Collections.Immutable;

namespace IntimacyKit.Fhir;

/// <summary>What reading a FHIR resource gave: the value, or every problem with its path.</summary>
/// <typeparam name="T">What was read.</typeparam>
public sealed class FhirImport<T>
    where T : class
{
    internal FhirImport(T? value, IEnumerable<FhirProblem> problems, IEnumerable<FhirProblem>? warnings = null)
    {
        Problems = [.. problems];
        Value = Problems.IsEmpty ? value : null;
        Warnings = [.. warnings ?? []];
    }

    /// <summary>The value read; <see langword="null"/> when there are problems.</summary>
    public T? Value { get; }

    /// <summary>Everything wrong, each with its path; empty when the value was read.</summary>
    public ImmutableArray<FhirProblem> Problems { get; }

    /// <summary>
    /// What was read but left out, each with its path (such as a questionnaire item without weights): the value stands
    /// without it, and the caller decides whether that is enough.
    /// </summary>
    public ImmutableArray<FhirProblem> Warnings { get; }

    /// <summary>Whether the value was read without a problem.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Problems.IsEmpty && Value is not null;
}
