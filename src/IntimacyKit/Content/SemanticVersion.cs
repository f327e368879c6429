using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IntimacyKit.Content;

/// <summary>A Semantic Versioning 2.0.0 version such as <c>1.2.0</c> or <c>2.0.0-beta.1</c>.</summary>
public readonly partial struct SemanticVersion : IEquatable<SemanticVersion>, IComparable<SemanticVersion>
{
    private readonly string? _text;
    private readonly string? _preRelease;
    private readonly string? _build;

    private SemanticVersion(int major, int minor, int patch, string preRelease, string build, string text)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        _preRelease = preRelease;
        _build = build;
        _text = text;
    }

    /// <summary>Major version.</summary>
    public int Major { get; }

    /// <summary>Minor version.</summary>
    public int Minor { get; }

    /// <summary>Patch version.</summary>
    public int Patch { get; }

    /// <summary>Pre-release label without the leading dash, or empty.</summary>
    public string PreRelease => _preRelease ?? string.Empty;

    /// <summary>Build metadata without the leading plus, or empty; ignored when comparing.</summary>
    public string Build => _build ?? string.Empty;

    /// <summary>Parses a version.</summary>
    /// <param name="text">Text such as <c>1.0.0</c>.</param>
    /// <returns>The version.</returns>
    /// <exception cref="FormatException">The text is not a semantic version.</exception>
    public static SemanticVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var version)
            ? version
            : throw new FormatException($"'{text}' is not a semantic version; expected MAJOR.MINOR.PATCH such as 1.0.0 (https://semver.org).");
    }

    /// <summary>Tries to parse a version.</summary>
    /// <param name="text">Text such as <c>1.0.0</c>.</param>
    /// <param name="version">The version, when the text is valid.</param>
    /// <returns>Whether the text is a semantic version.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SemanticVersion version)
    {
        version = default;
        if (text is null || text.Length > 256)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success
            || !int.TryParse(match.Groups["major"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(match.Groups["minor"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(match.Groups["patch"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return false;
        }

        version = new SemanticVersion(major, minor, patch, match.Groups["pre"].Value, match.Groups["build"].Value, text);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => _text ?? "0.0.0";

    /// <inheritdoc />
    public bool Equals(SemanticVersion other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SemanticVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, PreRelease);

    /// <inheritdoc />
    public int CompareTo(SemanticVersion other)
    {
        var result = Major.CompareTo(other.Major);
        if (result == 0)
        {
            result = Minor.CompareTo(other.Minor);
        }

        if (result == 0)
        {
            result = Patch.CompareTo(other.Patch);
        }

        return result != 0 ? result : ComparePreRelease(PreRelease, other.PreRelease);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">Left version.</param>
    /// <param name="right">Right version.</param>
    /// <returns>Whether both have the same precedence.</returns>
    public static bool operator ==(SemanticVersion left, SemanticVersion right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left version.</param>
    /// <param name="right">Right version.</param>
    /// <returns>Whether the precedence differs.</returns>
    public static bool operator !=(SemanticVersion left, SemanticVersion right) => !left.Equals(right);

    /// <summary>Precedence.</summary>
    /// <param name="left">Left version.</param>
    /// <param name="right">Right version.</param>
    /// <returns>Whether <paramref name="left"/> precedes <paramref name="right"/>.</returns>
    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    /// <summary>Precedence.</summary>
    /// <param name="left">Left version.</param>
    /// <param name="right">Right version.</param>
    /// <returns>Whether <paramref name="left"/> follows <paramref name="right"/>.</returns>
    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    /// <summary>Precedence.</summary>
    /// <param name="left">Left version.</param>
    /// <param name="right">Right version.</param>
    /// <returns>Whether <paramref name="left"/> precedes or equals <paramref name="right"/>.</returns>
    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Precedence.</summary>
    /// <param name="left">Left version.</param>
    /// <param name="right">Right version.</param>
    /// <returns>Whether <paramref name="left"/> follows or equals <paramref name="right"/>.</returns>
    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;

    private static int ComparePreRelease(string left, string right)
    {
        // A release (no label) has higher precedence than any pre-release of the same version.
        if (left.Length == 0 || right.Length == 0)
        {
            return (left.Length == 0).CompareTo(right.Length == 0);
        }

        var leftParts = left.Split('.');
        var rightParts = right.Split('.');
        for (var i = 0; i < Math.Min(leftParts.Length, rightParts.Length); i++)
        {
            var leftIsNumber = long.TryParse(leftParts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var leftNumber);
            var rightIsNumber = long.TryParse(rightParts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var rightNumber);
            var result = (leftIsNumber, rightIsNumber) switch
            {
                (true, true) => leftNumber.CompareTo(rightNumber),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(leftParts[i], rightParts[i]),
            };
            if (result != 0)
            {
                return result;
            }
        }

        return leftParts.Length.CompareTo(rightParts.Length);
    }

    // Linear patterns (no nested or overlapping repeats) on bounded input: generated as code, without a timeout, so
    // that a stall of the process can never turn a check into an exception (NonBacktracking would be built at run time).
    [GeneratedRegex(
        @"^(?<major>0|[1-9]\d*)\.(?<minor>0|[1-9]\d*)\.(?<patch>0|[1-9]\d*)"
        + @"(?:-(?<pre>(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        + @"(?:\+(?<build>[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        Timeout.Infinite)]
    private static partial Regex Pattern();
}
