using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IntimacyKit.Internal;

namespace IntimacyKit.Content;

/// <summary>
/// The read-only, indexed view over one or more content packs: look-ups by id in O(1), item text rendered for a
/// relationship kind. A later pack may add ids; defining an existing id differently is an error naming both packs,
/// while an identical definition (such as a shared relationship kind) is accepted once.
/// </summary>
public sealed class ContentCatalog
{
    private readonly Index<RelationshipKind> _relationshipKinds;
    private readonly Index<Obstacle> _obstacles;
    private readonly Index<Exercise> _exercises;
    private readonly Index<ResponseScale> _responseScales;
    private readonly Index<Assessment> _assessments;
    private readonly Index<SupportResource> _supportResources;

    /// <summary>Creates a catalog over packs, in order.</summary>
    /// <param name="packs">The packs; at least one.</param>
    /// <exception cref="ContentValidationException">Two packs define the same id differently, or the same pack is added twice.</exception>
    public ContentCatalog(IEnumerable<ContentPack> packs)
    {
        Packs = Immutable.Copy(packs);
        if (Packs.IsEmpty)
        {
            throw new ArgumentException("A catalog needs at least one content pack.", nameof(packs));
        }

        var problems = new List<ContentProblem>();
        var packIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pack in Packs)
        {
            if (!packIds.Add(pack.Id))
            {
                problems.Add(new ContentProblem(
                    ContentProblemCodes.Conflict,
                    $"Pack '{pack.Id}' is added to the catalog twice; add each pack once.",
                    "$.id",
                    pack.Id));
            }
        }

        _relationshipKinds = Index<RelationshipKind>.Build(
            Packs,
            static p => p.RelationshipKinds,
            static k => k.Id,
            "relationshipKinds",
            "relationship kind",
            problems);
        _obstacles = Index<Obstacle>.Build(Packs, static p => p.Obstacles, static o => o.Id, "obstacles", "obstacle", problems);
        _exercises = Index<Exercise>.Build(Packs, static p => p.Exercises, static e => e.Id, "exercises", "exercise", problems);
        _responseScales = Index<ResponseScale>.Build(Packs, static p => p.ResponseScales, static s => s.Id, "responseScales", "response scale", problems);
        _assessments = Index<Assessment>.Build(Packs, static p => p.Assessments, static a => a.Id, "assessments", "assessment", problems);
        _supportResources = Index<SupportResource>.Build(
            Packs,
            static p => p.SupportResources,
            static r => r.Id,
            "supportResources",
            "support resource",
            problems);
        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }
    }

    /// <summary>Creates a catalog over packs, in order.</summary>
    /// <param name="packs">The packs; at least one.</param>
    /// <exception cref="ContentValidationException">Two packs define the same id differently.</exception>
    public ContentCatalog(params ContentPack[] packs)
        : this((IEnumerable<ContentPack>)packs)
    {
    }

    /// <summary>The source packs and their translations this catalog and those made from it by <see cref="ForCulture"/> share.</summary>
    private Translations _languages = Translations.None;

    /// <summary>
    /// The translated packs this catalog can choose from (see <c>ContentTranslation.WithTranslations</c>), each with its
    /// <see cref="ContentPack.Translation"/>.
    /// </summary>
    public ImmutableArray<ContentPack> Translated => _languages.Translated;

    /// <summary>Every culture this catalog can give content in: the source packs' and their translations', in that order.</summary>
    public ImmutableArray<string> Cultures
        => [.. (_languages.Sources.IsEmpty ? Packs : _languages.Sources).Select(static p => p.Culture)
            .Concat(_languages.Translated.Select(static p => p.Culture)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// The catalog in a culture: each pack in the translation that best fits <paramref name="culture"/> by BCP 47
    /// truncation (<c>de-AT</c>, then <c>de</c>), or in its own language when none does. A pack is always whole in one
    /// language: fallback is per instrument, never per item. Works in invariant globalization mode.
    /// </summary>
    /// <param name="culture">A BCP 47 language tag, such as <c>de-AT</c>.</param>
    /// <returns>The catalog in that culture (this catalog when it has no translations).</returns>
    /// <exception cref="ArgumentException"><paramref name="culture"/> is not a language tag.</exception>
    public ContentCatalog ForCulture(string culture) => _languages.For(CultureName.Fallbacks(culture), this);

    /// <summary>The packs in their own languages: those <see cref="ForCulture"/> translates (this catalog's packs when it has no translations).</summary>
    internal ImmutableArray<ContentPack> Sources => _languages.Sources.IsEmpty ? Packs : _languages.Sources;

    /// <summary>A catalog over <paramref name="packs"/> that shares <paramref name="languages"/> with the catalog it came from.</summary>
    internal static ContentCatalog Sharing(IEnumerable<ContentPack> packs, Translations languages) => new(packs) { _languages = languages };

    /// <summary>The packs, in the order they were added.</summary>
    public ImmutableArray<ContentPack> Packs { get; }

    /// <summary>The response scale an item is answered on: its own (a safety statement about events) or its assessment's.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="item">One of its items.</param>
    /// <returns>The response scale.</returns>
    public ResponseScale GetResponseScale(Assessment assessment, AssessmentItem item)
        => GetResponseScale(Guard.NotNull(item).ResponseScale ?? Guard.NotNull(assessment).ResponseScale);

    /// <summary>The notices (disclaimer, safety prefaces) of the first pack that defines an assessment.</summary>
    /// <param name="assessmentId">Assessment id.</param>
    /// <returns>That pack's notices.</returns>
    /// <exception cref="KeyNotFoundException">No pack defines the assessment.</exception>
    public PackNotices NoticesFor(string assessmentId) => PackFor(assessmentId).Notices;

    /// <summary>The first pack that defines an assessment.</summary>
    /// <param name="assessmentId">Assessment id.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="KeyNotFoundException">No pack defines the assessment.</exception>
    public ContentPack PackFor(string assessmentId)
    {
        Guard.NotNull(assessmentId);
        foreach (var pack in Packs)
        {
            foreach (var assessment in pack.Assessments)
            {
                if (assessment.Id == assessmentId)
                {
                    return pack;
                }
            }
        }

        throw new KeyNotFoundException($"No pack in the catalog defines assessment '{assessmentId}'.");
    }

    /// <summary>Every relationship kind, in pack order.</summary>
    public ImmutableArray<RelationshipKind> RelationshipKinds => _relationshipKinds.All;

    /// <summary>Every obstacle, in pack order.</summary>
    public ImmutableArray<Obstacle> Obstacles => _obstacles.All;

    /// <summary>Every exercise, in pack order.</summary>
    public ImmutableArray<Exercise> Exercises => _exercises.All;

    /// <summary>Every response scale, in pack order.</summary>
    public ImmutableArray<ResponseScale> ResponseScales => _responseScales.All;

    /// <summary>Every assessment, in pack order.</summary>
    public ImmutableArray<Assessment> Assessments => _assessments.All;

    /// <summary>Every support resource, in pack order.</summary>
    public ImmutableArray<SupportResource> SupportResources => _supportResources.All;

    /// <summary>Looks up a relationship kind.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="kind">The relationship kind, when found.</param>
    /// <returns>Whether the catalog defines it.</returns>
    public bool TryGetRelationshipKind(string id, [MaybeNullWhen(false)] out RelationshipKind kind) => _relationshipKinds.TryGet(id, out kind);

    /// <summary>Looks up an obstacle.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="obstacle">The obstacle, when found.</param>
    /// <returns>Whether the catalog defines it.</returns>
    public bool TryGetObstacle(string id, [MaybeNullWhen(false)] out Obstacle obstacle) => _obstacles.TryGet(id, out obstacle);

    /// <summary>Looks up an exercise.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="exercise">The exercise, when found.</param>
    /// <returns>Whether the catalog defines it.</returns>
    public bool TryGetExercise(string id, [MaybeNullWhen(false)] out Exercise exercise) => _exercises.TryGet(id, out exercise);

    /// <summary>Looks up a response scale.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="scale">The response scale, when found.</param>
    /// <returns>Whether the catalog defines it.</returns>
    public bool TryGetResponseScale(string id, [MaybeNullWhen(false)] out ResponseScale scale) => _responseScales.TryGet(id, out scale);

    /// <summary>Looks up an assessment.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="assessment">The assessment, when found.</param>
    /// <returns>Whether the catalog defines it.</returns>
    public bool TryGetAssessment(string id, [MaybeNullWhen(false)] out Assessment assessment) => _assessments.TryGet(id, out assessment);

    /// <summary>Looks up a support resource.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="resource">The support resource, when found.</param>
    /// <returns>Whether the catalog defines it.</returns>
    public bool TryGetSupportResource(string id, [MaybeNullWhen(false)] out SupportResource resource) => _supportResources.TryGet(id, out resource);

    /// <summary>Gets a relationship kind.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The relationship kind.</returns>
    /// <exception cref="KeyNotFoundException">No pack defines it; the message lists the ids that exist.</exception>
    public RelationshipKind GetRelationshipKind(string id) => _relationshipKinds.Get(id);

    /// <summary>Gets an obstacle.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The obstacle.</returns>
    /// <exception cref="KeyNotFoundException">No pack defines it; the message lists the ids that exist.</exception>
    public Obstacle GetObstacle(string id) => _obstacles.Get(id);

    /// <summary>Gets an exercise.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The exercise.</returns>
    /// <exception cref="KeyNotFoundException">No pack defines it; the message lists the ids that exist.</exception>
    public Exercise GetExercise(string id) => _exercises.Get(id);

    /// <summary>Gets a response scale.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The response scale.</returns>
    /// <exception cref="KeyNotFoundException">No pack defines it; the message lists the ids that exist.</exception>
    public ResponseScale GetResponseScale(string id) => _responseScales.Get(id);

    /// <summary>Gets an assessment.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="KeyNotFoundException">No pack defines it; the message lists the ids that exist.</exception>
    public Assessment GetAssessment(string id) => _assessments.Get(id);

    /// <summary>Gets a support resource.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The support resource.</returns>
    /// <exception cref="KeyNotFoundException">No pack defines it; the message lists the ids that exist.</exception>
    public SupportResource GetSupportResource(string id) => _supportResources.Get(id);

    /// <summary>Renders an item's text for a relationship kind, in the culture of the pack that defines the assessment.</summary>
    /// <param name="item">The item.</param>
    /// <param name="relationshipKindId">Id of a relationship kind in the catalog.</param>
    /// <returns>The text for that kind (its own wording, if the item has one) with every placeholder filled.</returns>
    /// <exception cref="KeyNotFoundException">The relationship kind is not in the catalog.</exception>
    public string RenderItemText(AssessmentItem item, string relationshipKindId)
    {
        Guard.NotNull(item);
        return ItemText.Render(item.TextFor(relationshipKindId), GetRelationshipKind(relationshipKindId), CultureInfo.InvariantCulture);
    }

    private sealed class Index<T>
        where T : class
    {
        private const int IdsInMessage = 10;

        private readonly FrozenDictionary<string, T> _byId;
        private readonly string _kind;

        private Index(ImmutableArray<T> all, FrozenDictionary<string, T> byId, string kind)
        {
            All = all;
            _byId = byId;
            _kind = kind;
        }

        public ImmutableArray<T> All { get; }

        public static Index<T> Build(
            ImmutableArray<ContentPack> packs,
            Func<ContentPack, ImmutableArray<T>> select,
            Func<T, string> id,
            string property,
            string kind,
            List<ContentProblem> problems)
        {
            var byId = new Dictionary<string, (T Value, ContentPack Pack)>(StringComparer.Ordinal);
            var all = ImmutableArray.CreateBuilder<T>();
            foreach (var pack in packs)
            {
                var values = select(pack);
                for (var i = 0; i < values.Length; i++)
                {
                    var value = values[i];
                    var key = id(value);
                    if (!byId.TryGetValue(key, out var existing))
                    {
                        byId.Add(key, (value, pack));
                        all.Add(value);
                    }
                    else if (!DefinitionJson.SameDefinition(existing.Value, value))
                    {
                        problems.Add(new ContentProblem(
                            ContentProblemCodes.Conflict,
                            $"Pack '{pack.Id}' redefines {kind} '{key}', which pack '{existing.Pack.Id}' already defines differently; give it a new id or " +
                            "remove one definition.",
                            $"$.{property}[{i}]",
                            pack.Id));
                    }
                }
            }

            return new Index<T>(all.ToImmutable(), byId.ToFrozenDictionary(static p => p.Key, static p => p.Value.Value, StringComparer.Ordinal), kind);
        }

        public bool TryGet(string id, [MaybeNullWhen(false)] out T value) => _byId.TryGetValue(Guard.NotNull(id), out value);

        public T Get(string id)
        {
            if (TryGet(id, out var value))
            {
                return value;
            }

            var known = _byId.Keys.Order(StringComparer.Ordinal).Take(IdsInMessage + 1).ToList();
            var list = string.Join(", ", known.Take(IdsInMessage)) + (known.Count > IdsInMessage ? ", ..." : string.Empty);
            throw new KeyNotFoundException($"The catalog has no {_kind} '{id}'. Known: {(known.Count == 0 ? "none" : list)}.");
        }
    }
}
