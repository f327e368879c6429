using System.Globalization;
using Microsoft.Extensions.Localization;

namespace IntimacyKit.Samples.Web;

/// <summary>
/// Words for a person that code builds, with numbers or names in them ("You have 10 open invitations already"): the
/// English format, which is the key into <c>Resources/SharedResource.resx</c>, and what goes into its placeholders. A page
/// says it in the request's language, numbers in the request's culture (<see cref="In"/>); the JSON API, which is for
/// programs, says it in English with invariant numbers (<see cref="ToString"/>).
/// </summary>
/// <param name="format">The English text with composite-format placeholders, such as <c>"A name is at most {0} characters."</c>.</param>
/// <param name="arguments">What goes into the placeholders; a <see cref="Phrase"/> among them is said in the same language.</param>
public sealed class Phrase(string format, params object[] arguments)
{
    /// <summary>The English text with its placeholders: the resource key.</summary>
    public string Format { get; } = format;

    /// <summary>What goes into the placeholders.</summary>
    public IReadOnlyList<object> Arguments { get; } = arguments;

    /// <summary>The phrase in the localizer's language, its numbers and dates formatted in the current (request) culture.</summary>
    public string In(IStringLocalizer localizer)
        => localizer[Format, [.. Arguments.Select(a => a is Phrase inner ? inner.In(localizer) : a)]].Value;

    /// <summary>The phrase in English, numbers invariant: for the API and logs.</summary>
    public override string ToString()
        => string.Format(CultureInfo.InvariantCulture, Format, [.. Arguments.Select(static a => a is Phrase inner ? inner.ToString() : a)]);
}
