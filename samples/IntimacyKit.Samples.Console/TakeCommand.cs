using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Serialization;
using IntimacyKit.Support;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>take: answers from a file, from standard input, or one statement at a time in a terminal; then the results, safety first.</summary>
internal sealed class TakeCommand(ContentCatalog catalog, ScoringPipeline pipeline, IAnsiConsole console, TextWriter error, SupportDirectory support, bool explain = false)
{
    /// <summary>One to three gentle exercises: more would be a list, not a next step.</summary>
    private const int MaxExercisesShown = 3;

    private readonly SafetyView _safety = new(console, support);

    public int Run(string assessmentId, string relationshipKind, FileInfo? answersFile, bool json, TextReader input, bool inputRedirected)
    {
        if (!catalog.TryGetAssessment(assessmentId, out var assessment))
        {
            throw new UserException($"--assessment: no assessment '{assessmentId}'. Known: {string.Join(", ", catalog.Assessments.Select(a => a.Id))}.", ExitCodes.Usage);
        }

        if (!catalog.TryGetRelationshipKind(relationshipKind, out var kind))
        {
            throw new UserException($"--relationship: no relationship kind '{relationshipKind}'. Known: {string.Join(", ", catalog.RelationshipKinds.Select(k => k.Id))}.", ExitCodes.Usage);
        }

        IReadOnlyList<Answer> answers;
        if (answersFile is not null)
        {
            answers = answersFile.Exists
                ? AnswerText.Parse(File.ReadAllText(answersFile.FullName), answersFile.Name)
                : throw new UserException($"{answersFile.FullName}: no such file.", ExitCodes.Usage);
        }
        else if (inputRedirected)
        {
            answers = AnswerText.Parse(input.ReadToEnd(), "standard input");
        }
        else
        {
            answers = Ask(assessment, kind);
        }

        AssessmentResult result;
        try
        {
            result = pipeline.Score(new AssessmentResponse(assessment.Id, assessment.Version, kind.Id, answers, TimeProvider.System.GetUtcNow()));
        }
        catch (ScoringException exception)
        {
            // Safety first, even for answers that cannot be scored: every flag (a skipped screen question too) brings help.
            // With --json the support goes to standard error, so that standard output holds JSON or nothing.
            if (!exception.SafetyFlags.IsEmpty)
            {
                var notices = catalog.NoticesFor(assessment.Id);
                var preface = exception.RequiresSupportFirst ? notices.Urgent : notices.Concern;
                var resources = exception.SafetyFlags.SelectMany(f => f.Resources).DistinctBy(r => r.Id).ToList();
                if (json)
                {
                    error.WriteLine(preface);
                    error.WriteLine("Support: " + string.Join("; ", resources.Select(r => r.Title)) + ".");
                }
                else
                {
                    _safety.ShowSupport(exception.RequiresSupportFirst, preface, resources);
                }
            }

            foreach (var problem in exception.Problems)
            {
                error.WriteLine($"error: {problem}");
            }

            return ExitCodes.Invalid;
        }

        if (json)
        {
            // The person still sees support, on standard error so that the JSON stays exact, and is told the file holds
            // their safety answers.
            if (result.HasSafetyFlags)
            {
                foreach (var message in result.SupportMessages)
                {
                    error.WriteLine(message);
                }

                error.WriteLine("Support: " + string.Join("; ", result.SupportResources.Select(r => r.Title)) + ".");
                error.WriteLine(result.Notices.Privacy + " This result holds your answers to the safety questions.");
            }

            // Machine output goes to the raw writer: Spectre would wrap long lines and break the JSON.
            console.Profile.Out.Writer.Write(AssessmentResultSerializer.ToJson(result));
            console.Profile.Out.Writer.Flush();
            return ExitCodes.Success;
        }

        Show(result);
        if (answersFile is null && !inputRedirected)
        {
            OfferToSave(result);
        }

        return ExitCodes.Success;
    }

    private List<Answer> Ask(Assessment assessment, RelationshipKind kind)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(assessment.Title)}[/]"));
        console.MarkupLineInterpolated($"You are answering about [bold]{kind.Target}[/] ({kind.Title}); to choose another relationship, start again with --relationship.");
        console.WriteLine(assessment.Instructions);
        if (kind.Note is not null)
        {
            console.MarkupLineInterpolated($"[grey]{kind.Title}: {kind.Note}[/]");
        }

        var screened = false;
        var given = new int?[assessment.Items.Length];
        var doesNotApply = new bool[assessment.Items.Length];
        const string NotApplicable = "(does not apply)";
        const string Skip = "(skip)";
        const string Back = "(back)";
        for (var i = 0; i < assessment.Items.Length;)
        {
            // The safety statements come first, after their preface; then the main statements.
            if (i == 0 && assessment.SafetyItemCount > 0 && assessment.SafetyPreface is { } preface)
            {
                console.Write(new Panel(Markup.Escape(preface)).Header("Safety first").BorderColor(Color.Yellow).Expand());
            }
            else if (i == assessment.SafetyItemCount && i > 0)
            {
                // Support as soon as the screen is answered, so that a person who stops here has seen it.
                if (!screened)
                {
                    screened = true;
                    ShowScreenSupport(assessment, kind, given);
                }

                console.Write(new Rule("[bold]The main statements[/]").LeftJustified());
            }

            var item = assessment.Items[i];
            var scale = catalog.GetResponseScale(assessment, item);
            var prompt = new SelectionPrompt<string>()
                .Title($"{ProgressBar(i, assessment.Items.Length)} [grey]{i + 1} of {assessment.Items.Length}[/]\n{Markup.Escape(catalog.RenderItemText(item, kind.Id))}")
                .AddChoices(Enumerable.Range(scale.Min, scale.Max - scale.Min + 1).Select(v => $"{v}. {scale.LabelOf(v)}"))
                .AddChoices(item.NotApplicable ? [NotApplicable] : [])
                .AddChoices(i > 0 ? [Skip, Back] : [Skip]);
            var choice = console.Prompt(prompt);
            if (choice == Back)
            {
                i--;
                continue;
            }

            doesNotApply[i] = choice == NotApplicable;
            given[i] = choice == Skip || choice == NotApplicable ? null : int.Parse(choice[..choice.IndexOf('.', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            i++;
        }

        return [.. assessment.Items.Select((item, i) => doesNotApply[i] ? Answer.NotApplicable(item.Id) : new Answer(item.Id, given[i]))];
    }

    /// <summary>Scores the safety screen on its own and shows its support panel when it raised any flag.</summary>
    private void ShowScreenSupport(Assessment assessment, RelationshipKind kind, int?[] given)
    {
        var screen = assessment.Items.Take(assessment.SafetyItemCount).Select((item, i) => new Answer(item.Id, given[i]));
        var result = pipeline.Score(new AssessmentResponse(assessment.Id, assessment.Version, kind.Id, screen, TimeProvider.System.GetUtcNow()));
        if (_safety.ShowSupport(result))
        {
            console.WriteLine("You can stop at any time; these options are there whatever you answer next.");
        }
    }

    /// <summary>A 20-cell bar of the statements answered so far.</summary>
    internal static string ProgressBar(int done, int total)
    {
        var filled = total == 0 ? 0 : done * 20 / total;
        return $"[green]{new string('█', filled)}[/][grey]{new string('░', 20 - filled)}[/]";
    }

    /// <summary>After the results in a terminal: offer to save the result as JSON and a practice plan as .ics.</summary>
    private void OfferToSave(AssessmentResult result)
    {
        // After a safety flag nothing is offered: the person is told who else may see saved files, and a copy is saved
        // only when they ask for it. No calendar is offered at all (its entries show on shared devices and phones).
        if (result.HasSafetyFlags)
        {
            _safety.ShowPrivacy(result.Notices);
            var answer = console.Prompt(new TextPrompt<string>("Nothing has been saved. To keep a copy of your result anyway, type [bold]save[/]; otherwise press Enter:").AllowEmpty());
            if (answer.Trim().Equals("save", StringComparison.OrdinalIgnoreCase))
            {
                var asked = console.Prompt(new TextPrompt<string>("File name:").DefaultValue("intimacykit-result.json"));
                AtomicFile.Write(asked, AssessmentResultSerializer.ToJson(result));
                console.MarkupLineInterpolated($"Saved your result to [bold]{asked}[/].");
            }

            return;
        }

        if (console.Prompt(new ConfirmationPrompt("Save your result as JSON (for plan, compare and progress later)?") { DefaultValue = false }))
        {
            var path = console.Prompt(new TextPrompt<string>("File name:").DefaultValue("intimacykit-result.json"));
            AtomicFile.Write(path, AssessmentResultSerializer.ToJson(result));
            console.MarkupLineInterpolated($"Saved your result to [bold]{path}[/].");
        }

        // Plans follow obstacle scales (the profile); the quick check scores categories.
        if (!result.Scales.Any(static s => s.IsScored && s.Obstacle is not null) || !console.Prompt(new ConfirmationPrompt("Build a four-week practice plan and save it as a calendar (.ics)?") { DefaultValue = false }))
        {
            return;
        }

        var plan = new IntimacyKit.Plans.PracticePlanBuilder(catalog, TimeProvider.System).Build(result, new IntimacyKit.Plans.PlanPreferences());
        var file = console.Prompt(new TextPrompt<string>("File name:").DefaultValue("practice-plan.ics"));
        AtomicFile.Write(file, IntimacyKit.Calendar.PracticePlanCalendar.ToICalendar(plan));
        console.MarkupLineInterpolated($"Saved {plan.Sessions.Length} practice sessions and {plan.Reassessments.Length} check-ins to [bold]{file}[/].");
    }

    private void Show(AssessmentResult result)
    {
        // Every flag brings help, before any result: calm for a concern, first of all for an urgent flag.
        _safety.ShowSupport(result);

        console.Write(new Rule($"[bold]{Markup.Escape(result.AssessmentTitle)}[/]"));
        console.MarkupLineInterpolated($"[italic]{result.Disclaimer}[/]");
        console.WriteLine();

        // Each scale as a short sentence with its band; a protective scale framed as protection while harm may stand.
        Band? anyBand = null;
        foreach (var score in result.Scales)
        {
            anyBand ??= score.Band;
            if (score.ProtectiveFraming is { } framing)
            {
                console.MarkupLineInterpolated($"  [bold]{score.Title}[/]: {framing}");
            }
            else if (score.Value is { } value)
            {
                var top = score.Band is { } band && band.Id == score.Bands[^1].Id;
                var label = score.Band?.Label ?? "no band";
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"  [bold]{Markup.Escape(score.Title)}[/]: [{(top ? "orange1" : "default")}]{Markup.Escape(label)}[/] ({value:0.##} of {score.Bands[^1].To:0})"));
            }
            else
            {
                console.MarkupLineInterpolated($"  [bold]{score.Title}[/]: not enough answers to say.");
            }

            if (explain)
            {
                console.WriteLine("    " + score.Explain().Text);
            }
        }

        if (anyBand is not null)
        {
            console.MarkupLineInterpolated($"[grey]How to read the bands: {anyBand.Provenance}[/]");
        }

        // What stands out, in plain words: every scale in its top band (protective ones excepted).
        var standing = result.Scales.Where(s => s.ProtectiveFraming is null && s.Band is { } b && b.Id == s.Bands[^1].Id).ToList();
        if (standing.Count > 0)
        {
            console.Write(new Rule("[bold]What stands out[/]").LeftJustified());
            foreach (var score in standing)
            {
                console.MarkupLineInterpolated($"[bold]{score.Title}[/] ({score.Band!.Label}): {Meaning(result, score)}");
            }
        }

        // One to three gentle things to try, each with its reason and steps.
        var shown = result.Recommendations.Take(MaxExercisesShown).ToList();
        console.Write(new Rule("[bold]Something to try[/]").LeftJustified());
        if (shown.Count == 0)
        {
            console.WriteLine(result.HasSafetyFlags
                ? "For now, the support options above come first; there is nothing else to try today."
                : "Nothing stands out strongly enough to suggest an exercise from these answers.");
        }

        foreach (var recommendation in shown)
        {
            console.WriteLine();
            console.MarkupLineInterpolated($"[bold]{recommendation.Exercise.Title}[/] ({recommendation.Exercise.Minutes} minutes)");
            console.WriteLine(recommendation.Explanation);
            for (var step = 0; step < recommendation.Exercise.Steps.Length; step++)
            {
                console.WriteLine($"  {step + 1}. {recommendation.Exercise.Steps[step]}");
            }
        }

        foreach (var flag in result.QualityFlags)
        {
            console.WriteLine($"Note: {flag.Message}");
        }

        if (result.AssessmentId != DefaultContent.ProfileAssessmentId && catalog.TryGetAssessment(DefaultContent.ProfileAssessmentId, out var profile) && result.AssessmentId == DefaultContent.QuickCheckAssessmentId)
        {
            console.MarkupLineInterpolated($"For a fuller picture, take the {profile.Title.ToLowerInvariant()} ({profile.Items.Length} statements): intimacykit take --assessment {profile.Id} --relationship {result.RelationshipKind}");
        }

        if (!explain)
        {
            console.MarkupLine("[grey]How each score was worked out: run again with --explain.[/]");
        }
    }

    /// <summary>What a high score means, in the content's own words: the obstacle's summary, or the obstacles a category brings together.</summary>
    private string Meaning(AssessmentResult result, ScaleScore score)
    {
        if (score.Obstacle is { } id && catalog.TryGetObstacle(id, out var obstacle))
        {
            return obstacle.Summary;
        }

        if (score.Category is { } category && catalog.TryGetAssessment(result.AssessmentId, out var assessment))
        {
            var titles = assessment.ItemsOf(score.Id)
                .Select(item => item.Obstacle is { } o && catalog.TryGetObstacle(o, out var found) ? found.Title : null)
                .OfType<string>()
                .ToList();
            return titles.Count == 0 ? $"this area ({category}) stands out for you." : $"this brings together {string.Join(", ", titles[..^1])} and {titles[^1]}.";
        }

        return "this stands out for you.";
    }
}

/// <summary>Answers as JSON ({"item-id": value, null or "n/a"}) or CSV lines (item,value; an empty value is a skip, n/a is "does not apply").</summary>
internal static class AnswerText
{
    /// <summary>The answer that means "Does not apply" in answer files: <c>item,n/a</c> or <c>"item": "n/a"</c>.</summary>
    public const string NotApplicableText = "n/a";

    public static List<Answer> Parse(string text, string source)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        return trimmed[0] == '{' ? ParseJson(trimmed, source) : ParseCsv(trimmed, source);
    }

    private static List<Answer> ParseJson(string text, string source)
    {
        JObject answers;
        try
        {
            answers = JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonReaderException exception)
        {
            throw new UserException($"{source}: {exception.Message}", ExitCodes.Invalid);
        }

        return [.. answers.Properties().Select(p => p.Value.Type switch
        {
            JTokenType.Null => Answer.Skipped(p.Name),
            JTokenType.String when ((string)p.Value!).Equals(NotApplicableText, StringComparison.OrdinalIgnoreCase) => Answer.NotApplicable(p.Name),
            JTokenType.Integer => new Answer(p.Name, p.Value.Value<int>()),
            _ => throw new UserException($"{source}: '{p.Name}' should be a whole number, null (skip) or \"n/a\" (does not apply); found {p.Value.Type.ToString().ToLowerInvariant()}.", ExitCodes.Invalid),
        })];
    }

    private static List<Answer> ParseCsv(string text, string source)
    {
        var answers = new List<Answer>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || (i == 0 && line.StartsWith("item,", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var parts = line.Split(',');
            if (parts.Length != 2)
            {
                throw new UserException($"{source}:{i + 1}: expected 'item,value'; found '{line}'.", ExitCodes.Invalid);
            }

            if (parts[1].Trim().Length == 0)
            {
                answers.Add(Answer.Skipped(parts[0].Trim()));
            }
            else if (parts[1].Trim().Equals(NotApplicableText, StringComparison.OrdinalIgnoreCase))
            {
                answers.Add(Answer.NotApplicable(parts[0].Trim()));
            }
            else if (int.TryParse(parts[1].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                answers.Add(new Answer(parts[0].Trim(), value));
            }
            else
            {
                throw new UserException($"{source}:{i + 1}: '{parts[1].Trim()}' is not a whole number.", ExitCodes.Invalid);
            }
        }

        return answers;
    }
}
