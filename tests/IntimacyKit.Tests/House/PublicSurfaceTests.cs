using System.Reflection;
using System.Runtime.CompilerServices;
using IntimacyKit.Content;

namespace IntimacyKit.Tests.House;

/// <summary>
/// The public surface of every package (NodaTime's MutabilityTest is the model): every public class is sealed,
/// abstract or static, every public struct is read-only, and nothing but options, preferences and builders can be
/// changed after it is made (no public setters, no init accessors, no public writable fields).
/// </summary>
public class PublicSurfaceTests
{
    private static readonly Assembly[] Packages =
        [typeof(ContentPack).Assembly, typeof(IntimacyKit.Batch.ResponseReader).Assembly, typeof(IntimacyKit.Calendar.PracticePlanCalendar).Assembly];

    public static TheoryData<string> PublicTypes()
        => [.. Packages.SelectMany(static a => a.GetExportedTypes()).Select(static t => t.FullName!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void EveryPublicType_IsSealedOrAbstract_AndImmutableUnlessItConfiguresSomething(string name)
    {
        var type = Packages.Select(a => a.GetType(name)).First(t => t is not null)!;
        if (type.IsEnum || type.IsInterface || typeof(Delegate).IsAssignableFrom(type))
        {
            return;
        }

        if (type.IsClass)
        {
            (type.IsSealed || type.IsAbstract).Should().BeTrue($"{name} is sealed, abstract or static: nothing outside derives from it by accident");
        }
        else if (!typeof(System.Collections.IEnumerator).IsAssignableFrom(type))
        {
            // An enumerator moves by design; every other struct is a value that cannot change.
            type.IsDefined(typeof(IsReadOnlyAttribute)).Should().BeTrue($"{name} is a readonly struct");
        }

        if (Configures(type))
        {
            return;
        }

        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(static p => p.SetMethod is { IsPublic: true })
            .Select(static p => p.Name);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(static f => !f.IsInitOnly).Select(static f => f.Name);
        setters.Concat(fields).Should().BeEmpty($"{name} cannot be changed once made");
    }

    /// <summary>Options, preferences and builders are meant to be set (with init) before use.</summary>
    private static bool Configures(Type type)
        => type.Name.EndsWith("Options", StringComparison.Ordinal) || type.Name.EndsWith("Preferences", StringComparison.Ordinal) || type.Name.EndsWith("Builder", StringComparison.Ordinal);
}
