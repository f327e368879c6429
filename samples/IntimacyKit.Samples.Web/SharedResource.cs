namespace IntimacyKit.Samples.Web;

/// <summary>
/// The web host's own words (navigation, buttons, headings), in Resources/SharedResource.resx and its translations
/// (SharedResource.de.resx), through <c>IStringLocalizer&lt;SharedResource&gt;</c>. Content (statements, labels,
/// results) comes from the pack in the request's culture.
/// </summary>
public sealed class SharedResource;
