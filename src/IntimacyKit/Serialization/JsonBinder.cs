using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using IntimacyKit.Content;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntimacyKit.Serialization;

/// <summary>
/// Reads typed values out of a parsed JSON tree and records every shape problem (wrong type, missing or unknown
/// property) with its path and line, returning a harmless stand-in so that binding goes on and all problems are found.
/// </summary>
internal sealed class JsonBinder(string? source)
{
    public List<ContentProblem> Problems { get; } = [];

    /// <summary>Paths at which binding found a problem; later validation problems at or under them repeat it and are dropped.</summary>
    public HashSet<string> ProblemPaths { get; } = new(StringComparer.Ordinal);

    public ObjectView? Object(JToken? token, string path, string what, FrozenSet<string> allowed)
    {
        if (token is not JObject obj)
        {
            WrongType(token, path, $"{what} should be a JSON object");
            return null;
        }

        foreach (var property in obj.Properties())
        {
            if (allowed.Contains(property.Name))
            {
                continue;
            }

            var message = property.Name.StartsWith('$')
                ? $"Metadata property '{property.Name}' is not allowed: packs never name .NET types or references. Allowed properties of {what}: "
                    + $"{string.Join(", ", allowed.Order(StringComparer.Ordinal))}."
                : $"Unknown property '{property.Name}' in {what}. Allowed: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.";
            Report(ContentProblemCodes.UnknownProperty, $"{path}.{property.Name}", message, property);
        }

        return new ObjectView(this, obj, path, what);
    }

    public void Report(string code, string path, string message, JToken? at)
    {
        var info = (IJsonLineInfo?)at;
        var hasInfo = info is not null && info.HasLineInfo();
        Problems.Add(new ContentProblem(code, message, path, source, hasInfo ? info!.LineNumber : 0, hasInfo ? info!.LinePosition : 0));
        ProblemPaths.Add(path);
    }

    /// <summary>Reports a value of the wrong type, or a missing one at the line of the object that lacks it.</summary>
    private void WrongType(JToken? token, string path, string expectation, JToken? parent = null)
    {
        var actual = token is null ? "it is missing" : "found " + Describe(token);
        Report(token is null ? ContentProblemCodes.MissingProperty : ContentProblemCodes.WrongType, path, $"{expectation}; {actual}.", token ?? parent);
    }

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Integer => $"the number {token}",
        JTokenType.Float => $"the number {((JValue)token).ToString(CultureInfo.InvariantCulture)}",
        JTokenType.String => $"the text \"{Truncate((string)token!)}\"",
        JTokenType.Boolean => $"{((bool)token ? "true" : "false")}",
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "...";

    /// <summary>A JSON object being bound, with typed accessors that report problems at the member's path.</summary>
    internal readonly struct ObjectView(JsonBinder binder, JObject obj, string path, string what)
    {
        public JObject Token => obj;

        public string RequiredString(string name) => String(name, required: true) ?? string.Empty;

        public string? OptionalString(string name) => String(name, required: false);

        public int RequiredInt(string name) => Int(name, required: true) ?? 0;

        public double RequiredNumber(string name) => Number(name, required: true) ?? 0;

        public bool OptionalBool(string name)
        {
            var token = obj[name];
            if (token is null)
            {
                return false;
            }

            if (token.Type == JTokenType.Boolean)
            {
                return (bool)token;
            }

            binder.WrongType(token, $"{path}.{name}", $"'{name}' of {what} should be true or false", obj);
            return false;
        }

        public SemanticVersion RequiredVersion(string name)
        {
            var text = String(name, required: true);
            if (text is null)
            {
                return default;
            }

            if (!SemanticVersion.TryParse(text, out var version))
            {
                binder.Report(
                    ContentProblemCodes.InvalidValue,
                    $"{path}.{name}",
                    $"'{name}' of {what} is \"{Truncate(text)}\", which is not a semantic version; expected MAJOR.MINOR.PATCH such as 1.0.0.",
                    obj[name]);
            }

            return version;
        }

        public TEnum RequiredEnum<TEnum>(string name, FrozenDictionary<string, TEnum> names, TEnum fallback)
            where TEnum : struct, Enum
        {
            var text = String(name, required: true);
            if (text is null)
            {
                return fallback;
            }

            if (names.TryGetValue(text, out var value))
            {
                return value;
            }

            binder.Report(
                ContentProblemCodes.InvalidValue,
                $"{path}.{name}",
                $"'{name}' of {what} is \"{Truncate(text)}\"; allowed: {string.Join(", ", names.Keys.Order(StringComparer.Ordinal))}.",
                obj[name]);
            return fallback;
        }

        public ImmutableArray<string> Strings(string name, bool required)
        {
            var token = obj[name];
            if (token is null && !required)
            {
                return [];
            }

            if (token is not JArray array)
            {
                binder.WrongType(token, $"{path}.{name}", $"'{name}' of {what} should be an array of texts", obj);
                return [];
            }

            var result = ImmutableArray.CreateBuilder<string>(array.Count);
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i].Type == JTokenType.String)
                {
                    result.Add((string)array[i]!);
                }
                else
                {
                    binder.WrongType(array[i], $"{path}.{name}[{i}]", $"Entry {i} of '{name}' in {what} should be a text", obj);
                }
            }

            return result.ToImmutable();
        }

        /// <summary>An optional object whose every property is a text, such as wording by relationship kind; <see langword="null"/> when absent.</summary>
        public Dictionary<string, string>? TextsByName(string name)
        {
            var token = obj[name];
            if (token is null)
            {
                return null;
            }

            if (token is not JObject texts)
            {
                binder.WrongType(token, $"{path}.{name}", $"'{name}' of {what} should be an object of texts", obj);
                return null;
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in texts.Properties())
            {
                if (property.Value.Type == JTokenType.String)
                {
                    result[property.Name] = (string)property.Value!;
                }
                else
                {
                    binder.WrongType(property.Value, $"{path}.{name}.{property.Name}", $"'{property.Name}' of '{name}' in {what} should be a text", obj);
                }
            }

            return result;
        }

        public ImmutableArray<T> Objects<T>(string name, bool required, Func<JsonBinder, JToken, string, T?> bind)
            where T : class
        {
            var token = obj[name];
            if (token is null && !required)
            {
                return [];
            }

            if (token is not JArray array)
            {
                binder.WrongType(token, $"{path}.{name}", $"'{name}' of {what} should be an array", obj);
                return [];
            }

            var result = ImmutableArray.CreateBuilder<T>(array.Count);
            for (var i = 0; i < array.Count; i++)
            {
                if (bind(binder, array[i], $"{path}.{name}[{i}]") is { } value)
                {
                    result.Add(value);
                }
            }

            return result.ToImmutable();
        }

        public T? OptionalObject<T>(string name, Func<JsonBinder, JToken, string, T?> bind)
            where T : class
            => obj[name] is { } token ? bind(binder, token, $"{path}.{name}") : null;

        private string? String(string name, bool required)
        {
            var token = obj[name];
            if (token is null && !required)
            {
                return null;
            }

            if (token?.Type == JTokenType.String)
            {
                return (string)token!;
            }

            binder.WrongType(token, $"{path}.{name}", $"'{name}' of {what} should be a text", obj);
            return null;
        }

        private int? Int(string name, bool required)
        {
            var token = obj[name];
            if (token is null && !required)
            {
                return null;
            }

            if (token is JValue { Type: JTokenType.Integer } value)
            {
                var number = value.Value is BigInteger big ? big : new BigInteger(Convert.ToInt64(value.Value, CultureInfo.InvariantCulture));
                if (number >= int.MinValue && number <= int.MaxValue)
                {
                    return (int)number;
                }

                binder.Report(
                    ContentProblemCodes.InvalidValue,
                    $"{path}.{name}",
                    $"'{name}' of {what} is {number}, which is too large; value should be in range [{int.MinValue}-{int.MaxValue}].",
                    token);
                return required ? 0 : null;
            }

            binder.WrongType(token, $"{path}.{name}", $"'{name}' of {what} should be a whole number", obj);
            return required ? 0 : null;
        }

        private double? Number(string name, bool required)
        {
            var token = obj[name];
            if (token is null && !required)
            {
                return null;
            }

            if (token is JValue { Type: JTokenType.Integer or JTokenType.Float } value)
            {
                var number = Convert.ToDouble(value.Value, CultureInfo.InvariantCulture);
                if (double.IsFinite(number))
                {
                    return number;
                }
            }

            binder.WrongType(token, $"{path}.{name}", $"'{name}' of {what} should be a finite number", obj);
            return required ? 0 : null;
        }
    }
}
