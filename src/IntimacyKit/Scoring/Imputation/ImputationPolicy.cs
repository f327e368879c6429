using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>Which <see cref="ImputationMethod"/> each scale uses: one for all, with exceptions per scale.</summary>
public sealed class ImputationPolicy
{
    private ImputationPolicy(ImputationMethod method, ImmutableDictionary<string, ImputationMethod> scales)
    {
        Method = method;
        Scales = scales;
    }

    /// <summary>No imputation anywhere (prorating, as without a policy).</summary>
    public static ImputationPolicy None { get; } = All(ImputationMethod.None);

    /// <summary>The method of every scale not named in <see cref="Scales"/>.</summary>
    public ImputationMethod Method { get; }

    /// <summary>Scales with a method of their own, by scale id.</summary>
    public ImmutableDictionary<string, ImputationMethod> Scales { get; }

    /// <summary>One method for every scale.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The policy.</returns>
    public static ImputationPolicy All(ImputationMethod method)
        => new(Check(method), ImmutableDictionary.Create<string, ImputationMethod>(StringComparer.Ordinal));

    /// <summary>This policy with another method for one scale.</summary>
    /// <param name="scaleId">The scale.</param>
    /// <param name="method">Its method.</param>
    /// <returns>A new policy; this one is unchanged.</returns>
    public ImputationPolicy WithScale(string scaleId, ImputationMethod method) => new(Method, Scales.SetItem(Guard.NotNull(scaleId), Check(method)));

    /// <summary>The method of a scale.</summary>
    /// <param name="scaleId">The scale.</param>
    /// <returns>Its own method, else <see cref="Method"/>.</returns>
    public ImputationMethod For(string scaleId) => Scales.TryGetValue(Guard.NotNull(scaleId), out var method) ? method : Method;

    private static ImputationMethod Check(ImputationMethod method) => Enum.IsDefined(method)
        ? method
        : throw new ArgumentOutOfRangeException(nameof(method), method, "The imputation method should be None, Median or Mean.");
}
