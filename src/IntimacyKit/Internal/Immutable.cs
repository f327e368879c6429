using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace IntimacyKit.Internal;

/// <summary>Copies caller-supplied sequences into immutable arrays, rejecting null sequences and null entries.</summary>
internal static class Immutable
{
    public static ImmutableArray<T> Copy<T>(IEnumerable<T>? values, [CallerArgumentExpression(nameof(values))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(values, name);
        var array = values.ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"Entry {i} should not be null.", name);
            }
        }

        return array;
    }

    public static ImmutableArray<T> CopyOrEmpty<T>(IEnumerable<T>? values, [CallerArgumentExpression(nameof(values))] string? name = null)
        where T : class
        => values is null ? [] : Copy(values, name);

    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Value should be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }

        return value;
    }
}
