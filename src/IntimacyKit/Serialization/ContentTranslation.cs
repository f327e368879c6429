using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IntimacyKit.Content;
using IntimacyKit.Internal;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Serialization;

/// <summary>
/// Packs in other languages. <see cref="Strings"/> lists every text of a pack a person reads, keyed by where it sits
/// (<c>obstacles.selfishness.signs[1]</c>, <c>assessments.intimacy-profile.items.shame-1.text</c>); a
/// <see cref="TranslationPack"/> gives the same keys in its language, and <see cref="Apply"/> makes the translated pack:
/// the source's ids, scales and scoring with the translation's texts, validated like any pack. A translation is whole
/// or refused: a missing or extra text, or a translation of another version, is a problem with its JSON path.
/// </summary>
public static partial class ContentTranslation
{
    /// <summary>The translatable members of each kind of object in a pack's JSON, by the path of its collection.</summary>
    private static readonly (string Collection, string[] Members)[] Translatable =
    [
        (string.Empty, ["title"]),
        ("relationshipKinds", ["title", "target", "possessive", "note"]),
        ("obstacles", ["title", "summary", "signs[]", "origins[]"]),
        ("exercises", ["title", "summary", "steps[]"]),
        ("responseScales", ["labels[]"]),
        ("assessments", ["title", "instructions", "safetyPreface"]),
        ("assessments.items", ["text", "textByKind.*"]),
        ("assessments.scales", ["title", "protective"]),
        ("assessments.scales.bands", ["label", "provenance"]),
        ("assessments.composites", ["title", "protective"]),
        ("assessments.composites.bands", ["label", "provenance"]),
        ("assessments.safety", ["message"]),
        ("assessments.dyadicPairs", ["title"]),
        ("supportResources", ["title", "description"]),
        ("notices", ["disclaimer", "concern", "urgent", "privacy"]),
    ];

    /// <summary>
    /// <paramref name="catalog"/>'s packs with translations to choose from (<see cref="ContentCatalog.ForCulture"/>). Each
    /// translation is checked against its source pack and applied now, so that a broken translation stops a host at start,
    /// not a person half-way.
    /// </summary>
    /// <param name="catalog">The catalog of source packs.</param>
    /// <param name="translations">Translations of packs in the catalog.</param>
    /// <returns>A catalog with the same packs that can give them in the translations' cultures.</returns>
    /// <exception cref="ContentValidationException">A translation names a pack that is not there, or is not whole; every problem is listed.</exception>
    public static ContentCatalog WithTranslations(this ContentCatalog catalog, IEnumerable<TranslationPack> translations)
    {
        Guard.NotNull(catalog);
        Guard.NotNull(translations);
        var problems = new List<ContentProblem>();
        var sources = catalog.Sources;
        var applied = ImmutableArray.CreateBuilder<ContentPack>();
        applied.AddRange(catalog.Translated);
        foreach (var translation in translations)
        {
            if (applied.Any(p => p.Id == translation.SourceId && CultureName.AreSame(p.Culture, translation.Culture))
                || sources.Any(p => p.Id == translation.SourceId && CultureName.AreSame(p.Culture, translation.Culture)))
            {
                problems.Add(new ContentProblem(
                    ContentProblemCodes.Conflict,
                    $"Pack '{translation.SourceId}' already has content in {translation.Culture}; give one translation per pack and culture.",
                    "$.culture"));
                continue;
            }

            if (sources.FirstOrDefault(p => p.Id == translation.SourceId) is not { } source)
            {
                problems.Add(new ContentProblem(
                    ContentProblemCodes.UnresolvedReference,
                    $"The {translation.Culture} translation is of pack '{translation.SourceId}', which is not in the catalog.",
                    "$.translationOf.id"));
                continue;
            }

            var result = Apply(source, translation);
            if (result.Pack is { } pack)
            {
                applied.Add(pack);
            }
            else
            {
                var label = $"{translation.SourceId} in {translation.Culture}";
                problems.AddRange(result.Problems.Select(p => p.WithLocation(label, p.Line, p.Column)));
            }
        }

        return problems.Count > 0
            ? throw new ContentValidationException(problems)
            : ContentCatalog.Sharing(sources, new Translations(sources, applied.ToImmutable()));
    }

    /// <summary>Every text of <paramref name="pack"/> a person reads, by key, in the order of the pack: what a translation gives.</summary>
    /// <param name="pack">The source pack.</param>
    /// <returns>Key and text, in pack order.</returns>
    public static ImmutableArray<KeyValuePair<string, string>> Strings(ContentPack pack)
    {
        Guard.NotNull(pack);
        var strings = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        Collect(ContentPackJson.Write(pack), string.Empty, string.Empty, strings);
        if (!pack.HasOwnNotices)
        {
            // A pack that gives no notices shows the default ones: a translation gives them in its language too.
            strings.Add(new("notices.disclaimer", pack.Notices.Disclaimer));
            strings.Add(new("notices.concern", pack.Notices.Concern));
            strings.Add(new("notices.urgent", pack.Notices.Urgent));
            strings.Add(new("notices.privacy", pack.Notices.Privacy));
        }

        return strings.ToImmutable();
    }

    /// <summary>
    /// Every problem of <paramref name="translation"/> as a translation of <paramref name="source"/>: another pack or
    /// version, a text missing, a text that is not in the source (with case forms of relationship kinds allowed), an
    /// empty text. Paths are the translation file's (<c>$.strings['obstacles.selfishness.title']</c>).
    /// </summary>
    /// <param name="source">The pack it translates.</param>
    /// <param name="translation">The translation.</param>
    /// <returns>The problems; empty when it is whole.</returns>
    public static ImmutableArray<ContentProblem> Validate(ContentPack source, TranslationPack translation)
    {
        Guard.NotNull(source);
        Guard.NotNull(translation);
        var problems = ImmutableArray.CreateBuilder<ContentProblem>();
        if (translation.SourceId != source.Id || translation.SourceVersion != source.Version)
        {
            problems.Add(new ContentProblem(
                ContentProblemCodes.Conflict,
                $"This translates {translation.SourceId} {translation.SourceVersion}, not {source.Id} {source.Version}: a translation of another version "
                    + "may miss or mistranslate what changed, so it is not used; translate the changes and update translationOf.",
                "$.translationOf"));
            return problems.ToImmutable();
        }

        CheckStatus(translation, problems);
        var expected = Strings(source);
        var keys = expected.Select(static s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, _) in expected.Where(s => !translation.Strings.ContainsKey(s.Key)))
        {
            problems.Add(new ContentProblem(ContentProblemCodes.MissingProperty, $"No translation of '{key}'; a translation gives every text.", Path(key)));
        }

        foreach (var (key, text) in translation.Strings.OrderBy(static s => s.Key, StringComparer.Ordinal))
        {
            if (!keys.Contains(key) && !IsCaseForm(source, key))
            {
                problems.Add(new ContentProblem(
                    ContentProblemCodes.UnknownProperty,
                    $"'{key}' is not a text of {source.Id} {source.Version}; a translation gives the source's texts and nothing else.",
                    Path(key)));
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new ContentProblem(ContentProblemCodes.EmptyText, $"The translation of '{key}' is empty.", Path(key)));
            }
        }

        // A statement that names the other person in the source names them in the translation too, and only then.
        foreach (var (key, english) in expected)
        {
            if (translation.Strings.TryGetValue(key, out var text) && NamesTarget(english) != NamesTarget(text))
            {
                problems.Add(new ContentProblem(
                    ContentProblemCodes.Placeholder,
                    NamesTarget(english)
                        ? $"The translation of '{key}' does not name the other person; the source does ({{target}} or a case form)."
                        : $"The translation of '{key}' names the other person ({{target...}}), which the source does not.",
                    Path(key)));
            }
        }

        return problems.ToImmutable();
    }

    /// <summary>
    /// The pack in the translation's language: the source's ids, scales and scoring with the translated texts, the
    /// translation's culture and its own norms (the source's norms are for another population and are dropped),
    /// validated like any pack. Problems are the translation's (<see cref="Validate"/>), then the translated pack's.
    /// </summary>
    /// <param name="source">The pack it translates.</param>
    /// <param name="translation">The translation.</param>
    /// <returns>The translated pack, or every problem.</returns>
    public static ContentLoadResult Apply(ContentPack source, TranslationPack translation)
    {
        var problems = Validate(source, translation);
        if (!problems.IsEmpty)
        {
            return new ContentLoadResult(null, problems, null);
        }

        var json = ContentPackJson.Write(source);
        json["culture"] = translation.Culture;
        foreach (var (key, text) in translation.Strings)
        {
            Place(json, key, text);
        }

        foreach (var scale in json.SelectTokens("$.assessments[*].scales[*]").OfType<JObject>())
        {
            scale.Remove("norms");
        }

        foreach (var (key, norms) in translation.Norms)
        {
            var (assessment, scale) = (key[..Math.Max(0, key.IndexOf('/', StringComparison.Ordinal))], key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]);
            if (json.SelectToken($"$.assessments[?(@.id == '{assessment}')].scales[?(@.id == '{scale}')]") is JObject target)
            {
                target["norms"] = DefinitionJson.Write(norms);
            }
            else
            {
                return new ContentLoadResult(
                    null,
                    [new ContentProblem(
                        ContentProblemCodes.UnresolvedReference, $"Norms for '{key}', which is not an assessment/scale of {source.Id}.", $"$.norms['{key}']")],
                    null);
            }
        }

        var read = ContentPackReader.Default.ReadJson(json.ToString(Newtonsoft.Json.Formatting.None), $"{source.Id} in {translation.Culture}");
        return read.Pack is { } pack ? new ContentLoadResult(pack.WithTranslation(translation), [], read.Source) : read;
    }

    private static string Path(string key) => $"$.strings['{key}']";

    private static bool NamesTarget(string text) => text.Contains("{target", StringComparison.Ordinal) || text.Contains("{Target", StringComparison.Ordinal);

    /// <summary>
    /// A status says how far a translation has come, so it needs the steps that take it there (ITC 2017): reviewed
    /// needs forward translation, reconciliation and review; validated all five. Norms belong to a validated translation only.
    /// </summary>
    private static void CheckStatus(TranslationPack translation, ImmutableArray<ContentProblem>.Builder problems)
    {
        TranslationStep[] needed = translation.Provenance.Status switch
        {
            TranslationStatus.Reviewed => [TranslationStep.ForwardTranslation, TranslationStep.Reconciliation, TranslationStep.Review],
            TranslationStatus.Validated => Enum.GetValues<TranslationStep>(),
            _ => [],
        };
        var missing = needed.Where(step => !translation.Provenance.Steps.Contains(step)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ContentProblem(
                ContentProblemCodes.InvalidValue,
                $"Status '{translation.Provenance.Status.ToString().ToLowerInvariant()}' needs these steps done as well: {string.Join(", ", missing)}.",
                "$.provenance.steps"));
        }

        if (!translation.Norms.IsEmpty && translation.Provenance.Status != TranslationStatus.Validated)
        {
            problems.Add(new ContentProblem(
                ContentProblemCodes.InvalidValue,
                "Norms are used only by a validated translation: a translation not yet validated shows scores without bands or norms.",
                "$.norms"));
        }
    }

    private static bool IsCaseForm(ContentPack source, string key)
        => CaseFormKey().Match(key) is { Success: true } match
            && source.RelationshipKinds.Any(k => k.Id == match.Groups["kind"].Value)
            && match.Groups["case"].Value != ItemText.Nominative
            && ItemText.Cases.Contains(match.Groups["case"].Value, StringComparer.Ordinal);

    [GeneratedRegex(@"^relationshipKinds\.(?<kind>[a-z0-9-]+)\.forms\.(?<case>[a-z]+)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex CaseFormKey();

    /// <summary>Walks the pack's JSON in order, adding every translatable member of every object it knows.</summary>
    private static void Collect(JObject node, string collection, string key, ImmutableArray<KeyValuePair<string, string>>.Builder strings)
    {
        var members = Translatable.FirstOrDefault(t => t.Collection == collection).Members ?? [];
        foreach (var property in node.Properties())
        {
            var name = property.Name;
            var at = key.Length == 0 ? name : $"{key}.{name}";
            if (members.Contains(name) && property.Value is JValue { Type: JTokenType.String } text)
            {
                strings.Add(new(at, (string)text!));
            }
            else if (members.Contains(name + "[]") && property.Value is JArray texts)
            {
                for (var i = 0; i < texts.Count; i++)
                {
                    strings.Add(new($"{at}[{i}]", (string)texts[i]!));
                }
            }
            else if (members.Contains(name + ".*") && property.Value is JObject byName)
            {
                foreach (var entry in byName.Properties())
                {
                    strings.Add(new($"{at}.{entry.Name}", (string)entry.Value!));
                }
            }
            else if (property.Value is JArray children)
            {
                var inner = collection.Length == 0 ? name : $"{collection}.{name}";
                foreach (var child in children.OfType<JObject>().Where(static c => c["id"] is JValue))
                {
                    Collect(child, inner, $"{at}.{(string)child["id"]!}", strings);
                }
            }
            else if (property.Value is JObject single && collection.Length == 0)
            {
                Collect(single, name, at, strings);
            }
        }
    }

    /// <summary>Puts a translated text where its key points in the pack's JSON, making the objects a case form or notice needs.</summary>
    private static void Place(JObject root, string key, string text)
    {
        JToken node = root;
        var segments = key.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket > 0)
            {
                var index = int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
                ((JArray)node[segment[..bracket]]!)[index] = text;
                return;
            }

            if (last)
            {
                node[segment] = text;
                return;
            }

            var next = node[segment];
            if (next is JArray array)
            {
                node = array.OfType<JObject>().First(o => (string?)o["id"] == segments[i + 1]);
                i++;
            }
            else
            {
                node = next ?? (node[segment] = new JObject());
            }
        }
    }
}
