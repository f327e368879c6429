using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// A versioned, self-contained unit of content: relationship kinds, obstacles, exercises, response scales, assessments
/// and support resources. A pack is always valid: the constructor checks every rule of the format and throws
/// <see cref="ContentValidationException"/> listing every problem, so code that holds a pack can trust it.
/// </summary>
public sealed class ContentPack
{
    /// <summary>The format identifier written in every pack file's <c>format</c> property.</summary>
    public const string Format = "intimacykit/content-pack@1";

    /// <summary>Creates and validates a pack.</summary>
    /// <param name="id">Stable kebab-case id, such as <c>intimacy-core</c>.</param>
    /// <param name="version">Version of the pack.</param>
    /// <param name="culture">Culture of its text, as a BCP 47 tag such as <c>en</c> or <c>en-GB</c>.</param>
    /// <param name="title">Name shown to people.</param>
    /// <param name="license">Licence of the content, such as an SPDX identifier.</param>
    /// <param name="provenance">Where the content comes from and how it was made.</param>
    /// <param name="relationshipKinds">Relationship kinds.</param>
    /// <param name="obstacles">Obstacles.</param>
    /// <param name="exercises">Exercises.</param>
    /// <param name="responseScales">Response scales.</param>
    /// <param name="assessments">Assessments.</param>
    /// <param name="supportResources">Kinds of support to show with safety flags.</param>
    /// <param name="notices">The disclaimer and safety notices; <see cref="PackNotices.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ContentValidationException">The pack breaks one or more rules; every problem is listed.</exception>
    public ContentPack(
        string id,
        SemanticVersion version,
        string culture,
        string title,
        string license,
        string provenance,
        IEnumerable<RelationshipKind> relationshipKinds,
        IEnumerable<Obstacle> obstacles,
        IEnumerable<Exercise> exercises,
        IEnumerable<ResponseScale> responseScales,
        IEnumerable<Assessment> assessments,
        IEnumerable<SupportResource> supportResources,
        PackNotices? notices = null)
        : this(
            id,
            version,
            culture,
            title,
            license,
            provenance,
            relationshipKinds,
            obstacles,
            exercises,
            responseScales,
            assessments,
            supportResources,
            notices,
            validated: false)
    {
        var problems = ContentPackValidator.Validate(this);
        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }
    }

    private ContentPack(
        string id,
        SemanticVersion version,
        string culture,
        string title,
        string license,
        string provenance,
        IEnumerable<RelationshipKind> relationshipKinds,
        IEnumerable<Obstacle> obstacles,
        IEnumerable<Exercise> exercises,
        IEnumerable<ResponseScale> responseScales,
        IEnumerable<Assessment> assessments,
        IEnumerable<SupportResource> supportResources,
        PackNotices? notices,
        bool validated)
    {
        _ = validated; // only tells this constructor apart: the public one and TryCreate validate what it builds
        Id = Guard.NotNull(id);
        Version = version;
        Culture = Guard.NotNull(culture);
        Title = Guard.NotNull(title);
        License = Guard.NotNull(license);
        Provenance = Guard.NotNull(provenance);
        RelationshipKinds = Immutable.Copy(relationshipKinds);
        Obstacles = Immutable.Copy(obstacles);
        Exercises = Immutable.Copy(exercises);
        ResponseScales = Immutable.Copy(responseScales);
        Assessments = Immutable.Copy(assessments);
        SupportResources = Immutable.Copy(supportResources);
        HasOwnNotices = notices is not null;
        Notices = notices ?? PackNotices.Default;
    }

    /// <summary>The pack, or every rule it breaks, without an exception: the pack reader's path.</summary>
    internal static ContentPack? TryCreate(
        string id,
        SemanticVersion version,
        string culture,
        string title,
        string license,
        string provenance,
        IEnumerable<RelationshipKind> relationshipKinds,
        IEnumerable<Obstacle> obstacles,
        IEnumerable<Exercise> exercises,
        IEnumerable<ResponseScale> responseScales,
        IEnumerable<Assessment> assessments,
        IEnumerable<SupportResource> supportResources,
        PackNotices? notices,
        out IReadOnlyList<ContentProblem> problems)
    {
        var pack = new ContentPack(
            id,
            version,
            culture,
            title,
            license,
            provenance,
            relationshipKinds,
            obstacles,
            exercises,
            responseScales,
            assessments,
            supportResources,
            notices,
            validated: false);
        problems = ContentPackValidator.Validate(pack);
        return problems.Count == 0 ? pack : null;
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Version of the pack.</summary>
    public SemanticVersion Version { get; }

    /// <summary>Culture of its text (BCP 47).</summary>
    public string Culture { get; }

    /// <summary>Name shown to people.</summary>
    public string Title { get; }

    /// <summary>Licence of the content.</summary>
    public string License { get; }

    /// <summary>Where the content comes from.</summary>
    public string Provenance { get; }

    /// <summary>Relationship kinds.</summary>
    public ImmutableArray<RelationshipKind> RelationshipKinds { get; }

    /// <summary>Obstacles.</summary>
    public ImmutableArray<Obstacle> Obstacles { get; }

    /// <summary>Exercises.</summary>
    public ImmutableArray<Exercise> Exercises { get; }

    /// <summary>Response scales.</summary>
    public ImmutableArray<ResponseScale> ResponseScales { get; }

    /// <summary>Assessments.</summary>
    public ImmutableArray<Assessment> Assessments { get; }

    /// <summary>Kinds of support to show with safety flags.</summary>
    public ImmutableArray<SupportResource> SupportResources { get; }

    /// <summary>The disclaimer and safety notices hosts show with results.</summary>
    public PackNotices Notices { get; }

    /// <summary>Whether the pack gives its own notices (otherwise <see cref="Notices"/> is <see cref="PackNotices.Default"/>).</summary>
    public bool HasOwnNotices { get; }

    /// <summary>
    /// The translation this pack was made from (<c>ContentTranslation.Apply</c>), with how it was made; or
    /// <see langword="null"/> for a pack written in its own language.
    /// </summary>
    public TranslationPack? Translation { get; private init; }

    /// <summary>
    /// Whether results of this pack's assessments show bands and norms: always for a pack in its own language; for a
    /// translation, only when it is validated and carries its own norms (<see cref="TranslationPack.ShowsBands"/>).
    /// </summary>
    public bool ShowsBands => Translation?.ShowsBands ?? true;

    /// <summary>This pack as the translation <paramref name="translation"/> made it.</summary>
    internal ContentPack WithTranslation(TranslationPack translation) => new(
        Id,
        Version,
        Culture,
        Title,
        License,
        Provenance,
        RelationshipKinds,
        Obstacles,
        Exercises,
        ResponseScales,
        Assessments,
        SupportResources,
        HasOwnNotices ? Notices : null,
        validated: true)
    {
        Translation = translation,
    };

    /// <inheritdoc />
    public override string ToString() => Translation is null ? $"{Id}@{Version}" : $"{Id}@{Version} ({Culture})";
}
