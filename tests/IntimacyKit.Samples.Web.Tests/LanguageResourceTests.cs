using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IntimacyKit.Samples.Web.Charts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>
/// The web host's words: every English resource has its German one, with the same placeholders; Identity's errors are
/// the host's in every method Identity has; phrases built in code take the request's culture for people and invariant
/// numbers for the API; the charts speak German in German.
/// </summary>
public sealed partial class LanguageResourceTests
{
    /// <summary>German words that are rightly the same as the English ones.</summary>
    private static readonly string[] SameInBoth = ["Check", "Passkey", "Passkeys"];

    private static readonly IStringLocalizer Words = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    [Fact]
    public void EveryEnglishText_HasAGermanOne_WithTheSamePlaceholders()
    {
        var english = Read("SharedResource.resx");
        var german = Read("SharedResource.de.resx");

        german.Keys.Should().BeEquivalentTo(english.Keys);
        foreach (var (key, value) in english)
        {
            value.Should().Be(key, "the key is the English text");
            german[key].Should().NotBeNullOrWhiteSpace(key);
            if (!SameInBoth.Contains(key))
            {
                german[key].Should().NotBe(value, $"'{key}' should be in German");
            }

            Placeholders(german[key]).Should().BeEquivalentTo(Placeholders(value), $"'{key}' in German should take the same values");
        }
    }

    [Fact]
    public void IdentityErrors_EveryMethodIsTheHosts_EnglishAsIdentitySaysIt_AndGermanItsOwn()
    {
        var methods = typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(static m => m.IsVirtual && m.ReturnType == typeof(IdentityError)).ToList();
        var describer = new LocalizedIdentityErrorDescriber(new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)));

        methods.Should().HaveCountGreaterThan(20);
        foreach (var method in methods)
        {
            typeof(LocalizedIdentityErrorDescriber).GetMethod(method.Name, [.. method.GetParameters().Select(static p => p.ParameterType)])!.DeclaringType
                .Should().Be<LocalizedIdentityErrorDescriber>($"{method.Name} should not fall back to Identity's English");
            object?[] arguments = [.. method.GetParameters().Select(static p => p.ParameterType == typeof(int) ? (object)12 : "anna@example.test")];
            var identity = (IdentityError)method.Invoke(new IdentityErrorDescriber(), arguments)!;
            var english = In("en", () => (IdentityError)method.Invoke(describer, arguments)!);
            var german = In("de", () => (IdentityError)method.Invoke(describer, arguments)!);

            english.Code.Should().Be(identity.Code);
            english.Description.Should().Be(identity.Description, "English stays as Identity says it");
            german.Code.Should().Be(identity.Code);
            german.Description.Should().NotBe(identity.Description, $"{method.Name} in German");
        }

        In("de", () => describer.PasswordTooShort(10).Description).Should().Be("Ein Passwort muss mindestens 10 Zeichen lang sein.");
    }

    [Fact]
    public void APhrase_IsSaidInTheCurrentCulture_ForPeople_AndInvariantEnglish_ForTheApi()
    {
        var phrase = new Phrase("{0}: {1:N0} is not between {2:N0} and {3:N0}.", new Phrase("Minutes a day"), 1000, 5, 240);

        In("de", () => phrase.In(Words)).Should().Be("Minuten pro Tag: 1.000 liegt nicht zwischen 5 und 240.");
        In("en", () => phrase.In(Words)).Should().Be("Minutes a day: 1,000 is not between 5 and 240.");
        In("de", phrase.ToString).Should().Be("Minutes a day: 1,000 is not between 5 and 240.", "the API's words do not follow the request");
    }

    [Fact]
    public void Charts_InGerman_SayTheirWordsAndNumbersInGerman_WithInvariantCoordinates()
    {
        IReadOnlyList<(DateTime, double)> points = [(new DateTime(2026, 9, 1), 4.25), (new DateTime(2026, 10, 1), 3.5)];

        var german = In("de", () => ScoreChart.Trend("Wachsamkeit", points, 1, 5, words: Words));
        var english = In("en", () => ScoreChart.Trend("Guarded against closeness", points, 1, 5, words: Words));

        german.Should().Contain("<title id=\"trend-chart-title\">Wachsamkeit im Lauf der Zeit</title>")
            .And.Contain("<desc id=\"trend-chart-desc\">2026-09-01 4,25; 2026-10-01 3,50</desc>").And.Contain(">1. Okt.</text>")
            .And.Contain("d=\"M50,50 L620,80\"", "coordinates stay invariant");
        english.Should().Be(ScoreChart.Trend("Guarded against closeness", points, 1, 5), "English through the resources is English as before");
    }

    private static T In<T>(string culture, Func<T> say)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return say();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    /// <summary>The values a text takes (<c>{0}</c>, <c>{1}</c>), whatever their formats (a date pattern is the language's own).</summary>
    private static List<string> Placeholders(string text)
        => [.. Placeholder().Matches(text).Select(static m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Read(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IntimacyKit.sln")))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder!.FullName, "samples", "IntimacyKit.Samples.Web", "Resources", name);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(static d => (string)d.Attribute("name")!, static d => (string)d.Element("value")!);
    }

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
