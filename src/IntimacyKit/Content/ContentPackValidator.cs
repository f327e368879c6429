using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IntimacyKit.Content;

/// <summary>
/// Checks every rule of the content-pack format and collects all problems, each with the JSON path of the offending value.
/// The reader adds line and column by looking the paths up in the parsed document.
/// </summary>
internal sealed partial class ContentPackValidator
{
    private const int MaxIdLength = 64;
    private const int MaxResponseScalePoints = 101;
    private const int MaxResponseValue = 10_000;
    private const int MaxExerciseMinutes = 240;
    private const int KnownIdsInMessage = 8;

    private readonly List<ContentProblem> _problems = [];

    /// <summary>The case forms item text names, each with the path of its first use.</summary>
    private readonly Dictionary<string, string> _casesUsed = new(StringComparer.Ordinal);

    public static List<ContentProblem> Validate(ContentPack pack)
    {
        var validator = new ContentPackValidator();
        validator.CheckPack(pack);
        return validator._problems;
    }

    /// <summary>Checks that an id is kebab-case: lower-case letters and digits in words joined by single hyphens.</summary>
    public static bool IsValidId(string? value)
        => value is { Length: > 0 and <= MaxIdLength } && IdPattern().IsMatch(value);

    private void CheckPack(ContentPack pack)
    {
        CheckPackHeader(pack);

        var kinds = UniqueIds(pack.RelationshipKinds, static k => k.Id, "$.relationshipKinds", "relationship kind");
        var obstacles = UniqueIds(pack.Obstacles, static o => o.Id, "$.obstacles", "obstacle");
        var exercises = UniqueIds(pack.Exercises, static e => e.Id, "$.exercises", "exercise");
        var responseScales = UniqueIds(pack.ResponseScales, static s => s.Id, "$.responseScales", "response scale");
        UniqueIds(pack.Assessments, static a => a.Id, "$.assessments", "assessment");
        var resources = UniqueIds(pack.SupportResources, static r => r.Id, "$.supportResources", "support resource");
        var categories = pack.Obstacles.Select(static o => o.Category).ToHashSet(StringComparer.Ordinal);
        var obstacleCategories = CategoriesByObstacle(pack.Obstacles);
        var flags = pack.Assessments.SelectMany(static a => a.SafetyRules).Select(static r => r.Flag).ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < pack.RelationshipKinds.Length; i++)
        {
            CheckRelationshipKind(pack.RelationshipKinds[i], $"$.relationshipKinds[{i}]");
        }

        for (var i = 0; i < pack.Obstacles.Length; i++)
        {
            CheckObstacle(pack.Obstacles[i], $"$.obstacles[{i}]", obstacles);
        }

        CheckExercises(pack.Exercises, obstacles, exercises, kinds, flags);

        for (var i = 0; i < pack.ResponseScales.Length; i++)
        {
            CheckResponseScale(pack.ResponseScales[i], $"$.responseScales[{i}]");
        }

        for (var i = 0; i < pack.SupportResources.Length; i++)
        {
            CheckSupportResource(pack.SupportResources[i], $"$.supportResources[{i}]");
        }

        var scalesById = ResponseScalesById(pack.ResponseScales);
        CheckNotices(pack);
        for (var i = 0; i < pack.Assessments.Length; i++)
        {
            new AssessmentChecks(
                this,
                pack.Assessments[i],
                $"$.assessments[{i}]",
                scalesById,
                responseScales,
                obstacles,
                categories,
                resources,
                kinds,
                obstacleCategories).Run();
        }

        CheckCaseForms(pack);
    }

    /// <summary>Checks the pack's own id, culture, title, license and provenance.</summary>
    private void CheckPackHeader(ContentPack pack)
    {
        CheckId(pack.Id, "$.id", "Pack id");
        if (!CulturePattern().IsMatch(pack.Culture))
        {
            Add(
                ContentProblemCodes.InvalidValue,
                "$.culture",
                $"Culture '{pack.Culture}' is not a BCP 47 language tag; expected a language with optional script and region, such as 'en', 'en-GB' or " +
                "'zh-Hant-TW'.");
        }

        CheckText(pack.Title, "$.title", "Pack title");
        CheckText(pack.License, "$.license", "Pack license");
        CheckText(pack.Provenance, "$.provenance", "Pack provenance");
    }

    /// <summary>The category of each obstacle, by obstacle id (the first obstacle of a duplicated id wins).</summary>
    private static Dictionary<string, string> CategoriesByObstacle(ImmutableArray<Obstacle> obstacles)
    {
        var obstacleCategories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var obstacle in obstacles)
        {
            obstacleCategories.TryAdd(obstacle.Id, obstacle.Category);
        }

        return obstacleCategories;
    }

    /// <summary>The response scales by id (the first scale of a duplicated id wins).</summary>
    private static Dictionary<string, ResponseScale> ResponseScalesById(ImmutableArray<ResponseScale> responseScales)
    {
        var scalesById = new Dictionary<string, ResponseScale>(StringComparer.Ordinal);
        foreach (var scale in responseScales)
        {
            scalesById.TryAdd(scale.Id, scale);
        }

        return scalesById;
    }

    /// <summary>Checks the texts of the pack's own notices, when it has any.</summary>
    private void CheckNotices(ContentPack pack)
    {
        if (pack.HasOwnNotices)
        {
            CheckText(pack.Notices.Disclaimer, "$.notices.disclaimer", "Notice 'disclaimer'");
            CheckText(pack.Notices.Concern, "$.notices.concern", "Notice 'concern'");
            CheckText(pack.Notices.Urgent, "$.notices.urgent", "Notice 'urgent'");
            CheckText(pack.Notices.Privacy, "$.notices.privacy", "Notice 'privacy'");
        }
    }

    private void CheckRelationshipKind(RelationshipKind kind, string path)
    {
        CheckId(kind.Id, path + ".id", "Relationship kind id");
        CheckText(kind.Title, path + ".title", "Relationship kind title");
        CheckText(kind.Target, path + ".target", "Relationship kind target phrase");
        if (kind.Target.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            Add(
                ContentProblemCodes.InvalidValue,
                path + ".target",
                $"Relationship kind '{kind.Id}' has a target phrase with braces; it replaces {{target}} and cannot itself contain placeholders.");
        }

        if (kind.HasOwnPossessive)
        {
            CheckText(kind.Possessive, path + ".possessive", "Relationship kind possessive phrase");
            if (kind.Possessive.AsSpan().IndexOfAny('{', '}') >= 0)
            {
                Add(
                    ContentProblemCodes.InvalidValue,
                    path + ".possessive",
                    $"Relationship kind '{kind.Id}' has a possessive phrase with braces; it replaces {{target's}} and cannot itself contain placeholders.");
            }
        }

        if (kind.Note is not null)
        {
            CheckText(kind.Note, path + ".note", "Relationship kind note");
        }

        foreach (var (grammaticalCase, form) in kind.Forms.OrderBy(static f => f.Key, StringComparer.Ordinal))
        {
            var at = $"{path}.forms.{grammaticalCase}";
            if (grammaticalCase == ItemText.Nominative || !ItemText.Cases.Contains(grammaticalCase, StringComparer.Ordinal))
            {
                Add(
                    ContentProblemCodes.InvalidValue,
                    at,
                    $"Relationship kind '{kind.Id}' gives a form for '{grammaticalCase}'; allowed: acc, dat and gen (the nominative is the target).");
            }
            else if (form.AsSpan().IndexOfAny('{', '}') >= 0)
            {
                Add(
                    ContentProblemCodes.InvalidValue,
                    at,
                    $"Relationship kind '{kind.Id}' has a '{grammaticalCase}' form with braces; it cannot itself contain placeholders.");
            }
            else
            {
                CheckText(form, at, "Relationship kind case form");
            }
        }
    }

    /// <summary>Every case form item text names (<c>{target:dat}</c>) must be given by every relationship kind of the pack.</summary>
    private void CheckCaseForms(ContentPack pack)
    {
        foreach (var (grammaticalCase, firstUse) in _casesUsed.OrderBy(static c => c.Key, StringComparer.Ordinal))
        {
            for (var i = 0; i < pack.RelationshipKinds.Length; i++)
            {
                if (pack.RelationshipKinds[i].TargetIn(grammaticalCase) is null)
                {
                    Add(
                        ContentProblemCodes.MissingProperty,
                        $"$.relationshipKinds[{i}].forms.{grammaticalCase}",
                        $"Relationship kind '{pack.RelationshipKinds[i].Id}' gives no '{grammaticalCase}' form, which item text uses (first at {firstUse}).");
                }
            }
        }
    }

    private void CheckObstacle(Obstacle obstacle, string path, HashSet<string> obstacles)
    {
        CheckId(obstacle.Id, path + ".id", "Obstacle id");
        CheckId(obstacle.Category, path + ".category", "Obstacle category");
        CheckText(obstacle.Title, path + ".title", "Obstacle title");
        CheckText(obstacle.Summary, path + ".summary", "Obstacle summary");
        CheckTexts(obstacle.Signs, path + ".signs", $"Obstacle '{obstacle.Id}' signs");
        CheckTexts(obstacle.Origins, path + ".origins", $"Obstacle '{obstacle.Id}' origins");
        CheckReferences(obstacle.Related, path + ".related", obstacles, $"Obstacle '{obstacle.Id}' is related to", "obstacle");
        for (var i = 0; i < obstacle.Related.Length; i++)
        {
            if (obstacle.Related[i] == obstacle.Id)
            {
                Add(ContentProblemCodes.InvalidValue, $"{path}.related[{i}]", $"Obstacle '{obstacle.Id}' lists itself as related; list other obstacles only.");
            }
        }
    }

    /// <summary>Checks each exercise, then that the follow-ups form no loop.</summary>
    private void CheckExercises(
        ImmutableArray<Exercise> exercises,
        HashSet<string> obstacles,
        HashSet<string> exerciseIds,
        HashSet<string> kinds,
        HashSet<string> flags)
    {
        for (var i = 0; i < exercises.Length; i++)
        {
            CheckExercise(exercises[i], $"$.exercises[{i}]", obstacles, exerciseIds, kinds, flags);
        }

        CheckFollowUpCycles(exercises);
    }

    private void CheckExercise(
        Exercise exercise,
        string path,
        HashSet<string> obstacles,
        HashSet<string> exercises,
        HashSet<string> kinds,
        HashSet<string> flags)
    {
        CheckId(exercise.Id, path + ".id", "Exercise id");
        CheckText(exercise.Title, path + ".title", "Exercise title");
        CheckText(exercise.Summary, path + ".summary", "Exercise summary");
        CheckTexts(exercise.Steps, path + ".steps", $"Exercise '{exercise.Id}' steps");
        RequireSome(exercise.Targets, path + ".targets", $"Exercise '{exercise.Id}' targets no obstacle; name at least one obstacle id.");
        CheckReferences(exercise.Targets, path + ".targets", obstacles, $"Exercise '{exercise.Id}' targets", "obstacle");
        RequireSome(exercise.RelationshipKinds, path + ".relationshipKinds", $"Exercise '{exercise.Id}' suits no relationship kind; name at least one.");
        CheckReferences(exercise.RelationshipKinds, path + ".relationshipKinds", kinds, $"Exercise '{exercise.Id}' names", "relationship kind");
        CheckReferences(
            exercise.Contraindications,
            path + ".contraindications",
            flags,
            $"Exercise '{exercise.Id}' is contraindicated by",
            "safety flag (raised by a safety rule)");
        if (exercise.Minutes < 1 || exercise.Minutes > MaxExerciseMinutes)
        {
            Add(
                ContentProblemCodes.InvalidValue,
                path + ".minutes",
                $"Exercise '{exercise.Id}' takes {exercise.Minutes} minutes; value should be in range [1-{MaxExerciseMinutes}].");
        }

        if (exercise.FollowUp is { } followUp)
        {
            if (followUp == exercise.Id)
            {
                Add(
                    ContentProblemCodes.InvalidValue,
                    path + ".followUp",
                    $"Exercise '{exercise.Id}' names itself as its follow-up; name a different exercise.");
            }
            else
            {
                CheckReference(followUp, path + ".followUp", exercises, $"Exercise '{exercise.Id}' has follow-up", "exercise");
            }
        }
    }

    private void CheckFollowUpCycles(ImmutableArray<Exercise> exercises)
    {
        var next = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var exercise in exercises)
        {
            if (exercise.FollowUp is { } followUp && followUp != exercise.Id)
            {
                next.TryAdd(exercise.Id, followUp);
            }
        }

        for (var i = 0; i < exercises.Length; i++)
        {
            var start = exercises[i].Id;
            var cycle = new List<string> { start };
            var current = start;
            while (next.TryGetValue(current, out var following) && cycle.Count <= next.Count)
            {
                if (following == start)
                {
                    // Report each cycle once, at its ordinally smallest member.
                    if (cycle.All(id => string.CompareOrdinal(start, id) <= 0))
                    {
                        Add(ContentProblemCodes.InvalidValue, $"$.exercises[{i}].followUp", $"Follow-ups form a loop: {string.Join(" -> ", cycle)} -> "
                            + $"{start}; a chain of follow-ups must end.");
                    }

                    break;
                }

                cycle.Add(following);
                current = following;
            }
        }
    }

    private void CheckResponseScale(ResponseScale scale, string path)
    {
        CheckId(scale.Id, path + ".id", "Response scale id");
        if (scale.Min >= scale.Max)
        {
            Add(
                ContentProblemCodes.InvalidValue,
                path + ".max",
                $"Response scale '{scale.Id}' has min {scale.Min} and max {scale.Max}; max should be greater than min.");
            return;
        }

        if (scale.Min < -MaxResponseValue || scale.Max > MaxResponseValue)
        {
            // Scoring marks missing and skipped answers with values far below these, and keys answers in 16 bits.
            Add(
                ContentProblemCodes.InvalidValue,
                path + (scale.Min < -MaxResponseValue ? ".min" : ".max"),
                $"Response scale '{scale.Id}' runs from {scale.Min} to {scale.Max}; its values should be in range [-{MaxResponseValue}, {MaxResponseValue}].");
            return;
        }

        var points = (long)scale.Max - scale.Min + 1;
        if (points > MaxResponseScalePoints)
        {
            Add(
                ContentProblemCodes.InvalidValue,
                path + ".max",
                $"Response scale '{scale.Id}' has {points} points; at most {MaxResponseScalePoints} are allowed.");
            return;
        }

        if (scale.Labels.Length != points)
        {
            Add(
                ContentProblemCodes.InvalidValue,
                path + ".labels",
                $"Response scale '{scale.Id}' runs from {scale.Min} to {scale.Max} and needs {points} labels, one per point; it has {scale.Labels.Length}.");
        }

        CheckTexts(scale.Labels, path + ".labels", $"Response scale '{scale.Id}' labels", minimum: 0);
    }

    private void CheckSupportResource(SupportResource resource, string path)
    {
        CheckId(resource.Id, path + ".id", "Support resource id");
        CheckId(resource.Kind, path + ".kind", "Support resource kind");
        CheckText(resource.Title, path + ".title", "Support resource title");
        CheckText(resource.Description, path + ".description", "Support resource description");
        CheckNoContactDetails(resource.Title, path + ".title", resource.Id);
        CheckNoContactDetails(resource.Description, path + ".description", resource.Id);
    }

    private void CheckNoContactDetails(string text, string path, string id)
    {
        if (ContactPattern().IsMatch(text))
        {
            Add(
                ContentProblemCodes.ContactDetails,
                path,
                $"Support resource '{id}' contains what looks like a phone number, e-mail or web address; describe the kind of help only and let the host " +
                "configure real contacts.");
        }
    }

    private void CheckBands(ImmutableArray<Band> bands, string path, string owner, double lowest, double highest)
    {
        UniqueIds(bands, static b => b.Id, path, "band");
        for (var i = 0; i < bands.Length; i++)
        {
            var band = bands[i];
            var bandPath = $"{path}[{i}]";
            CheckId(band.Id, bandPath + ".id", "Band id");
            CheckText(band.Label, bandPath + ".label", "Band label");
            CheckText(band.Provenance, bandPath + ".provenance", "Band provenance");
            if (!double.IsFinite(band.From) || !double.IsFinite(band.To) || band.From >= band.To)
            {
                Add(
                    ContentProblemCodes.Bands,
                    bandPath + ".to",
                    $"Band '{band.Id}' of {owner} runs from {Format(band.From)} to {Format(band.To)}; 'to' should be a finite number greater than 'from'.");
                continue;
            }

            if (band.From < lowest || band.To > highest)
            {
                Add(
                    ContentProblemCodes.Bands,
                    bandPath,
                    $"Band '{band.Id}' of {owner} runs from {Format(band.From)} to {Format(band.To)}, outside the possible scores [{Format(lowest)}, " +
                    $"{Format(highest)}].");
            }

            if (i > 0 && double.IsFinite(bands[i - 1].To) && band.From < bands[i - 1].To)
            {
                Add(
                    ContentProblemCodes.Bands,
                    bandPath + ".from",
                    $"Band '{band.Id}' of {owner} starts at {Format(band.From)}, before the previous band '{bands[i - 1].Id}' ends at " +
                    $"{Format(bands[i - 1].To)}; bands should be in ascending order without overlap.");
            }
        }
    }

    private void CheckPlaceholders(string text, string path, string itemId)
    {
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var next = span[position..].IndexOfAny('{', '}');
            if (next < 0)
            {
                return;
            }

            position += next;
            if (span[position] == '}')
            {
                Add(
                    ContentProblemCodes.Placeholder,
                    path,
                    $"Item '{itemId}' has a '}}' at character {position + 1} without a matching '{{'; allowed placeholders are " +
                    $"{ItemText.AllowedPlaceholders}.");
                return;
            }

            var close = span[(position + 1)..].IndexOfAny('{', '}');
            if (close < 0 || span[position + 1 + close] != '}')
            {
                Add(
                    ContentProblemCodes.Placeholder,
                    path,
                    $"Item '{itemId}' has a '{{' at character {position + 1} that is not closed; allowed placeholders are {ItemText.AllowedPlaceholders}.");
                return;
            }

            var name = span.Slice(position + 1, close).ToString();
            if (ItemText.CaseOf(name) is { } grammaticalCase and not ItemText.Nominative)
            {
                _casesUsed.TryAdd(grammaticalCase, path);
            }

            if (!ItemText.IsKnownPlaceholder(name))
            {
                Add(
                    ContentProblemCodes.Placeholder,
                    path,
                    $"Item '{itemId}' uses the unknown placeholder '{{{name}}}'; allowed placeholders are {ItemText.AllowedPlaceholders}.");
            }

            position += close + 2;
        }
    }

    private HashSet<string> UniqueIds<T>(ImmutableArray<T> values, Func<T, string> id, string path, string kind)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            var value = id(values[i]);
            if (!seen.TryAdd(value, i))
            {
                Add(
                    ContentProblemCodes.DuplicateId,
                    $"{path}[{i}].id",
                    $"The {kind} id '{value}' is already used at {path}[{seen[value]}]; ids must be unique.");
            }
        }

        return [.. seen.Keys];
    }

    private void CheckId(string value, string path, string what)
    {
        if (!IsValidId(value))
        {
            Add(
                ContentProblemCodes.InvalidValue,
                path,
                $"{what} '{value}' is not a valid id; use 1 to {MaxIdLength} lower-case letters and digits in words joined by single hyphens, such as " +
                "'work-persona'.");
        }
    }

    private void CheckText(string value, string path, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(ContentProblemCodes.EmptyText, path, $"{what} is empty; write some text.");
        }
    }

    private void CheckTexts(ImmutableArray<string> values, string path, string what, int minimum = 1)
    {
        if (values.Length < minimum)
        {
            Add(ContentProblemCodes.EmptyText, path, $"{what} are missing; give at least {minimum}.");
        }

        for (var i = 0; i < values.Length; i++)
        {
            CheckText(values[i], $"{path}[{i}]", $"{what}: entry {i}");
        }
    }

    private void RequireSome(ImmutableArray<string> values, string path, string message)
    {
        if (values.IsEmpty)
        {
            Add(ContentProblemCodes.InvalidValue, path, message);
        }
    }

    private void CheckReferences(ImmutableArray<string> values, string path, IReadOnlySet<string> known, string subject, string kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            if (!seen.Add(values[i]))
            {
                Add(ContentProblemCodes.DuplicateId, $"{path}[{i}]", $"{subject} '{values[i]}' twice; list each id once.");
                continue;
            }

            CheckReference(values[i], $"{path}[{i}]", known, subject, kind);
        }
    }

    private void CheckReference(string value, string path, IReadOnlySet<string> known, string subject, string kind)
    {
        if (!known.Contains(value))
        {
            Add(ContentProblemCodes.UnresolvedReference, path, $"{subject} {kind} '{value}', which this pack does not define. {Known(known, kind)}");
        }
    }

    private void Add(string code, string path, string message) => _problems.Add(new ContentProblem(code, message, path));

    private static string Known(IReadOnlySet<string> known, string kind)
    {
        if (known.Count == 0)
        {
            return $"The pack defines no {kind} ids.";
        }

        var sorted = known.Order(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", sorted.Take(KnownIdsInMessage));
        return sorted.Count > KnownIdsInMessage ? $"Defined: {shown} and {sorted.Count - KnownIdsInMessage} more." : $"Defined: {shown}.";
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // Linear patterns (no nested or overlapping repeats) on bounded input: generated as code, without a timeout, so
    // that a stall of the process can never turn a check into an exception (NonBacktracking would be built at run time).
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant, Timeout.Infinite)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?$", RegexOptions.CultureInvariant, Timeout.Infinite)]
    private static partial Regex CulturePattern();

    [GeneratedRegex(
        @"(?:https?://|www\.|\S@\S+\.[a-zA-Z]{2,}|\b[a-zA-Z0-9-]+\.(?:com|org|net|gov|edu|info|io|uk|us|au|ca|de|fr|nz|ie)\b|(?:\+?\d[\s().-]*){7,})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ContactPattern();

    private readonly struct AssessmentChecks(
        ContentPackValidator validator,
        Assessment assessment,
        string path,
        Dictionary<string, ResponseScale> responseScales,
        HashSet<string> responseScaleIds,
        HashSet<string> obstacles,
        HashSet<string> categories,
        HashSet<string> resources,
        HashSet<string> kinds,
        Dictionary<string, string> obstacleCategories)
    {
        public void Run()
        {
            CheckHeader();
            responseScales.TryGetValue(assessment.ResponseScale, out var responseScale);
            var items = validator.UniqueIds(assessment.Items, static i => i.Id, path + ".items", "item");
            var scales = validator.UniqueIds(assessment.Scales, static s => s.Id, path + ".scales", "scale");
            validator.UniqueIds(assessment.Composites, static c => c.Id, path + ".composites", "composite");
            validator.UniqueIds(assessment.SafetyRules, static r => r.Id, path + ".safety", "safety rule");
            validator.UniqueIds(assessment.DyadicPairs, static p => p.Id, path + ".dyadicPairs", "dyadic pair");
            CheckCompositeIdsAreNotScaleIds(scales);

            var usedUnscored = assessment.SafetyRules.Select(static r => r.Item)
                .Concat(assessment.DyadicPairs.SelectMany(static p => new[] { p.SelfItem, p.OtherItem }))
                .ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < assessment.Items.Length; i++)
            {
                CheckItem(assessment.Items[i], $"{path}.items[{i}]", scales, usedUnscored);
            }

            CheckSafetyScreen();

            var ranges = new Dictionary<string, (double Lowest, double Highest)>(StringComparer.Ordinal);
            for (var i = 0; i < assessment.Scales.Length; i++)
            {
                var range = CheckScale(assessment.Scales[i], $"{path}.scales[{i}]", responseScale);
                ranges.TryAdd(assessment.Scales[i].Id, range);
            }

            for (var i = 0; i < assessment.Composites.Length; i++)
            {
                CheckComposite(assessment.Composites[i], $"{path}.composites[{i}]", scales, ranges, responseScale is not null);
            }

            CheckSafetyRules(items, responseScale);
            for (var i = 0; i < assessment.DyadicPairs.Length; i++)
            {
                CheckDyadicPair(assessment.DyadicPairs[i], $"{path}.dyadicPairs[{i}]", items);
            }
        }

        /// <summary>Checks the assessment's id, title, instructions and response scale, and that it has enough items and scales.</summary>
        private void CheckHeader()
        {
            validator.CheckId(assessment.Id, path + ".id", "Assessment id");
            validator.CheckText(assessment.Title, path + ".title", "Assessment title");
            validator.CheckText(assessment.Instructions, path + ".instructions", "Assessment instructions");
            validator.CheckReference(
                assessment.ResponseScale,
                path + ".responseScale",
                responseScaleIds,
                $"Assessment '{assessment.Id}' uses",
                "response scale");

            if (assessment.Items.Length < 2)
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    path + ".items",
                    $"Assessment '{assessment.Id}' has {assessment.Items.Length} items; it needs at least 2.");
            }

            if (assessment.Scales.IsEmpty)
            {
                validator.Add(ContentProblemCodes.InvalidValue, path + ".scales", $"Assessment '{assessment.Id}' has no scales; it needs at least 1.");
            }
        }

        /// <summary>Scales and composites share one set of ids: reports each composite whose id is already a scale id.</summary>
        private void CheckCompositeIdsAreNotScaleIds(HashSet<string> scales)
        {
            for (var i = 0; i < assessment.Composites.Length; i++)
            {
                if (scales.Contains(assessment.Composites[i].Id))
                {
                    validator.Add(
                        ContentProblemCodes.DuplicateId,
                        $"{path}.composites[{i}].id",
                        $"Composite id '{assessment.Composites[i].Id}' is already a scale id; scales and composites share one set of ids.");
                }
            }
        }

        /// <summary>Checks each safety rule against the response scale of the item it checks (the item's own, or the assessment's).</summary>
        private void CheckSafetyRules(HashSet<string> items, ResponseScale? responseScale)
        {
            for (var i = 0; i < assessment.SafetyRules.Length; i++)
            {
                var rule = assessment.SafetyRules[i];
                var itemScale = assessment.TryGetItem(rule.Item, out var item) && item.ResponseScale is { } own
                    ? responseScales.GetValueOrDefault(own)
                    : responseScale;
                CheckSafetyRule(rule, $"{path}.safety[{i}]", items, itemScale);
            }
        }

        private void CheckItem(AssessmentItem item, string itemPath, HashSet<string> scales, HashSet<string> usedUnscored)
        {
            validator.CheckId(item.Id, itemPath + ".id", "Item id");
            validator.CheckText(item.Text, itemPath + ".text", $"Item '{item.Id}' text");
            validator.CheckPlaceholders(item.Text, itemPath + ".text", item.Id);
            if (item.Scale is { } scale)
            {
                validator.CheckReference(scale, itemPath + ".scale", scales, $"Item '{item.Id}' counts towards", "scale (of this assessment)");
            }
            else if (!usedUnscored.Contains(item.Id))
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    itemPath + ".scale",
                    $"Item '{item.Id}' has no scale and no safety rule or dyadic pair uses it; give it a scale or remove it.");
            }

            foreach (var (kindId, text) in item.TextByKind.OrderBy(static p => p.Key, StringComparer.Ordinal))
            {
                var textPath = $"{itemPath}.textByKind.{kindId}";
                validator.CheckReference(kindId, textPath, kinds, $"Item '{item.Id}' has wording for", "relationship kind");
                validator.CheckText(text, textPath, $"Item '{item.Id}' text for '{kindId}'");
                validator.CheckPlaceholders(text, textPath, item.Id);
            }

            if (item.OffersNotApplicable && usedUnscored.Contains(item.Id) && item.Scale is null)
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    itemPath + ".notApplicable",
                    $"Item '{item.Id}' offers 'Does not apply', but it is a safety or dyadic statement; those are answered or skipped, never set aside.");
            }

            if (item.Obstacle is { } obstacle)
            {
                CheckItemObstacle(item, itemPath, obstacle);
            }

            if (item.ResponseScale is { } own)
            {
                CheckItemResponseScale(item, itemPath, own);
            }
        }

        /// <summary>Checks the obstacle an item is about: it must exist, and only items of category scales name one, of that category.</summary>
        private void CheckItemObstacle(AssessmentItem item, string itemPath, string obstacle)
        {
            validator.CheckReference(obstacle, itemPath + ".obstacle", obstacles, $"Item '{item.Id}' is about", "obstacle");
            var category = item.Scale is not null && assessment.TryGetScale(item.Scale, out var owner) ? owner.Category : null;
            if (item.Scale is not null && category is null && assessment.TryGetScale(item.Scale, out _))
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    itemPath + ".obstacle",
                    $"Item '{item.Id}' names obstacle '{obstacle}', but its scale '{item.Scale}' measures an obstacle already; 'obstacle' is for items " +
                    "of category scales.");
            }
            else if (category is not null && obstacleCategories.TryGetValue(obstacle, out var obstacleCategory) && obstacleCategory != category)
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    itemPath + ".obstacle",
                    $"Item '{item.Id}' is about obstacle '{obstacle}' (category '{obstacleCategory}'), but its scale '{item.Scale}' measures category " +
                    $"'{category}'.");
            }
        }

        /// <summary>Checks an item's own response scale: it must exist, and only unscored items may have one that differs from the assessment's.</summary>
        private void CheckItemResponseScale(AssessmentItem item, string itemPath, string own)
        {
            validator.CheckReference(own, itemPath + ".responseScale", responseScaleIds, $"Item '{item.Id}' is answered on", "response scale");
            if (item.Scale is not null && own != assessment.ResponseScale)
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    itemPath + ".responseScale",
                    $"Item '{item.Id}' counts towards scale '{item.Scale}' but is answered on '{own}'; scored items use the assessment's response scale " +
                    $"'{assessment.ResponseScale}' (only unscored items, such as safety statements, may have their own).");
            }
        }

        /// <summary>Safety statements are unscored, come before every other statement, and are introduced by a preface.</summary>
        private void CheckSafetyScreen()
        {
            if (assessment.SafetyRules.IsEmpty)
            {
                if (assessment.SafetyPreface is not null)
                {
                    validator.Add(
                        ContentProblemCodes.InvalidValue,
                        path + ".safetyPreface",
                        $"Assessment '{assessment.Id}' has a safety preface but no safety rules; remove the preface or add the rules.");
                }

                return;
            }

            if (assessment.SafetyPreface is null)
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    path + ".safetyPreface",
                    $"Assessment '{assessment.Id}' has safety rules but no safety preface; introduce the safety statements in two or three calm sentences " +
                    "(why they are asked, that the person may stop at any time).");
            }
            else
            {
                validator.CheckText(assessment.SafetyPreface, path + ".safetyPreface", $"Assessment '{assessment.Id}' safety preface");
            }

            var safetyItems = assessment.SafetyRules.Select(static r => r.Item).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < assessment.Items.Length; i++)
            {
                var item = assessment.Items[i];
                if (!safetyItems.Contains(item.Id))
                {
                    continue;
                }

                if (item.Scale is not null)
                {
                    validator.Add(
                        ContentProblemCodes.InvalidValue,
                        $"{path}.items[{i}].scale",
                        $"Safety statement '{item.Id}' counts towards scale '{item.Scale}'; safety statements are screened, not scored: remove its scale.");
                }

                if (i >= assessment.SafetyItemCount)
                {
                    var first = assessment.Items[assessment.SafetyItemCount].Id;
                    validator.Add(
                        ContentProblemCodes.InvalidValue,
                        $"{path}.items[{i}]",
                        $"Safety statement '{item.Id}' is statement {i + 1} of {assessment.Items.Length}; safety statements come before every other " +
                        $"statement, so that a person who stops early has been screened: move it before '{first}'.");
                }
            }
        }

        private (double Lowest, double Highest) CheckScale(Scale scale, string scalePath, ResponseScale? responseScale)
        {
            validator.CheckId(scale.Id, scalePath + ".id", "Scale id");
            validator.CheckText(scale.Title, scalePath + ".title", $"Scale '{scale.Id}' title");
            if (scale.Protective is { } protective)
            {
                validator.CheckText(protective, scalePath + ".protective", $"Scale '{scale.Id}' protective framing");
            }
            switch (scale.Obstacle, scale.Category)
            {
                case (null, null):
                case (not null, not null):
                    validator.Add(
                        ContentProblemCodes.InvalidValue,
                        scalePath,
                        $"Scale '{scale.Id}' should measure exactly one thing: give either 'obstacle' or 'category'.");
                    break;
                case ({ } obstacle, null):
                    validator.CheckReference(obstacle, scalePath + ".obstacle", obstacles, $"Scale '{scale.Id}' measures", "obstacle");
                    break;
                case (null, { } category):
                    validator.CheckReference(category, scalePath + ".category", categories, $"Scale '{scale.Id}' measures", "obstacle category");
                    break;
            }

            var itemCount = assessment.ItemsOf(scale.Id).Length;
            if (itemCount < 2)
            {
                validator.Add(ContentProblemCodes.InvalidValue, scalePath, $"Scale '{scale.Id}' has {itemCount} item(s); a scale needs at least 2.");
            }

            if (scale.MinAnswered < 1 || scale.MinAnswered > Math.Max(itemCount, 1))
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    scalePath + ".minAnswered",
                    $"Scale '{scale.Id}' needs {scale.MinAnswered} answered items; value should be in range [1-{Math.Max(itemCount, 1)}] (it has " +
                    $"{itemCount} items).");
            }

            if (scale.Norms is { } norms)
            {
                CheckNorms(norms, scalePath + ".norms", scale.Id);
            }

            if (responseScale is null)
            {
                return (double.NaN, double.NaN);
            }

            var (lowest, highest) = scale.PossibleRange(responseScale, itemCount);
            validator.CheckBands(scale.Bands, scalePath + ".bands", $"scale '{scale.Id}'", lowest, highest);
            return (lowest, highest);
        }

        private void CheckNorms(Norms norms, string normsPath, string scaleId)
        {
            if (!norms.HasUsableMean)
            {
                validator.Add(ContentProblemCodes.InvalidValue, normsPath + ".mean", $"Norms of scale '{scaleId}' have a mean that is not a finite number.");
            }

            if (!norms.HasUsableStandardDeviation)
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    normsPath + ".sd",
                    $"Norms of scale '{scaleId}' have standard deviation {Format(norms.StandardDeviation)}; it should be a finite number greater than 0.");
            }

            if (!norms.HasUsableReliability)
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    normsPath + ".reliability",
                    $"Norms of scale '{scaleId}' have reliability {Format(norms.Reliability)}; it should be in range [0, 1).");
            }

            validator.CheckText(norms.Source, normsPath + ".source", $"Norms of scale '{scaleId}' source");
            if (norms.N is < 1)
            {
                validator.Add(ContentProblemCodes.InvalidValue, normsPath + ".n", $"Norms of scale '{scaleId}' have n {norms.N}; it should be at least 1.");
            }

            for (var i = 0; i < norms.Table.Length; i++)
            {
                var row = norms.Table[i];
                if (!(row.PercentileRank >= 0 && row.PercentileRank <= 100) || !double.IsFinite(row.T) || (i > 0 && !(row.Score > norms.Table[i - 1].Score)))
                {
                    validator.Add(
                        ContentProblemCodes.InvalidValue,
                        $"{normsPath}.table[{i}]",
                        $"Norms of scale '{scaleId}': table row {i} (score {Format(row.Score)}) should have a percentile in range [0, 100], a finite T "
                            + "and a score above the row before.");
                }
            }
        }

        private void CheckComposite(
            Composite composite,
            string compositePath,
            HashSet<string> scales,
            Dictionary<string, (double Lowest, double Highest)> ranges,
            bool hasRange)
        {
            validator.CheckId(composite.Id, compositePath + ".id", "Composite id");
            if (composite.Protective is { } protective)
            {
                validator.CheckText(protective, compositePath + ".protective", $"Composite '{composite.Id}' protective framing");
            }
            validator.CheckText(composite.Title, compositePath + ".title", $"Composite '{composite.Id}' title");
            if (composite.Components.IsEmpty)
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    compositePath + ".components",
                    $"Composite '{composite.Id}' has no components; it needs at least 1 scale.");
                return;
            }

            var sums = CheckComponents(composite, compositePath, scales, ranges);
            if (composite.MinScales < 1 || composite.MinScales > composite.Components.Length)
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    compositePath + ".minScales",
                    $"Composite '{composite.Id}' needs {composite.MinScales} scored scales; value should be in range [1-{composite.Components.Length}].");
            }

            if (hasRange && sums is { } range)
            {
                validator.CheckBands(
                    composite.Bands,
                    compositePath + ".bands",
                    $"composite '{composite.Id}'",
                    range.Lowest / range.TotalWeight,
                    range.Highest / range.TotalWeight);
            }
        }

        /// <summary>
        /// Checks each component of a composite. Returns the weighted sums of the components' lowest and highest scores and
        /// the total of the absolute weights, or <see langword="null"/> when a component has an unusable weight or a scale
        /// without a known range.
        /// </summary>
        private (double Lowest, double Highest, double TotalWeight)? CheckComponents(
            Composite composite,
            string compositePath,
            HashSet<string> scales,
            Dictionary<string, (double Lowest, double Highest)> ranges)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            double lowest = 0, highest = 0, totalWeight = 0;
            var hasRange = true;
            for (var i = 0; i < composite.Components.Length; i++)
            {
                var component = composite.Components[i];
                var componentPath = $"{compositePath}.components[{i}]";
                CheckComponentScale(composite, component.Scale, componentPath, seen, scales);
                if (!double.IsFinite(component.Weight) || component.Weight == 0)
                {
                    validator.Add(
                        ContentProblemCodes.InvalidValue,
                        componentPath + ".weight",
                        $"Composite '{composite.Id}' gives scale '{component.Scale}' weight {Format(component.Weight)}; a weight should be a finite number " +
                        "other than 0.");
                    hasRange = false;
                    continue;
                }

                if (ranges.TryGetValue(component.Scale, out var range))
                {
                    lowest += component.Weight * (component.Weight > 0 ? range.Lowest : range.Highest);
                    highest += component.Weight * (component.Weight > 0 ? range.Highest : range.Lowest);
                    totalWeight += Math.Abs(component.Weight);
                }
                else
                {
                    hasRange = false;
                }
            }

            if (!hasRange)
            {
                return null;
            }

            return (lowest, highest, totalWeight);
        }

        /// <summary>Checks that a component's scale is listed once in its composite and is a scale of this assessment.</summary>
        private void CheckComponentScale(Composite composite, string scale, string componentPath, HashSet<string> seen, HashSet<string> scales)
        {
            if (!seen.Add(scale))
            {
                validator.Add(
                    ContentProblemCodes.DuplicateId,
                    componentPath + ".scale",
                    $"Composite '{composite.Id}' lists scale '{scale}' twice; list each scale once.");
            }

            validator.CheckReference(
                scale,
                componentPath + ".scale",
                scales,
                $"Composite '{composite.Id}' combines",
                "scale (of this assessment)");
        }

        private void CheckSafetyRule(SafetyRule rule, string rulePath, HashSet<string> items, ResponseScale? responseScale)
        {
            validator.CheckId(rule.Id, rulePath + ".id", "Safety rule id");
            validator.CheckId(rule.Flag, rulePath + ".flag", "Safety flag");
            validator.CheckReference(rule.Item, rulePath + ".item", items, $"Safety rule '{rule.Id}' checks", "item (of this assessment)");
            if (responseScale is not null && !responseScale.Contains(rule.AtLeast))
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    rulePath + ".atLeast",
                    $"Safety rule '{rule.Id}' fires at {rule.AtLeast}; value should be in range [{responseScale.Min}-{responseScale.Max}] of response scale " +
                    $"'{responseScale.Id}'.");
            }

            validator.RequireSome(rule.Resources, rulePath + ".resources", $"Safety rule '{rule.Id}' offers no support resources; name at least one.");
            if (rule.Message is not null)
            {
                validator.CheckText(rule.Message, rulePath + ".message", $"Safety rule '{rule.Id}' message");
            }
            validator.CheckReferences(rule.Resources, rulePath + ".resources", resources, $"Safety rule '{rule.Id}' offers", "support resource");
            if (rule.HasOwnUnansweredResources)
            {
                validator.RequireSome(
                    rule.ResourcesWhenUnanswered,
                    rulePath + ".resourcesWhenUnanswered",
                    $"Safety rule '{rule.Id}' offers no support when its statement is skipped; name at least one resource, or leave the list out to offer " +
                    "its usual ones.");
                validator.CheckReferences(
                    rule.ResourcesWhenUnanswered,
                    rulePath + ".resourcesWhenUnanswered",
                    resources,
                    $"Safety rule '{rule.Id}' offers, when skipped,",
                    "support resource");
            }
        }

        private void CheckDyadicPair(DyadicPair pair, string pairPath, HashSet<string> items)
        {
            validator.CheckId(pair.Id, pairPath + ".id", "Dyadic pair id");
            validator.CheckText(pair.Title, pairPath + ".title", $"Dyadic pair '{pair.Id}' title");
            validator.CheckReference(pair.SelfItem, pairPath + ".selfItem", items, $"Dyadic pair '{pair.Id}' rates oneself with", "item (of this assessment)");
            validator.CheckReference(
                pair.OtherItem,
                pairPath + ".otherItem",
                items,
                $"Dyadic pair '{pair.Id}' rates the other person with",
                "item (of this assessment)");
            var safetyItems = assessment.SafetyRules.Select(static r => r.Item).ToHashSet(StringComparer.Ordinal);
            foreach (var (itemId, field) in new[] { (pair.SelfItem, "selfItem"), (pair.OtherItem, "otherItem") })
            {
                if (safetyItems.Contains(itemId))
                {
                    validator.Add(
                        ContentProblemCodes.InvalidValue,
                        $"{pairPath}.{field}",
                        $"Dyadic pair '{pair.Id}' uses safety statement '{itemId}'; a comparison both people see must never show a safety answer.");
                }
            }

            if (pair.SelfItem == pair.OtherItem)
            {
                validator.Add(
                    ContentProblemCodes.InvalidValue,
                    pairPath + ".otherItem",
                    $"Dyadic pair '{pair.Id}' uses item '{pair.SelfItem}' for both ratings; use two different items.");
            }
        }
    }
}
