using System.Globalization;
using IntimacyKit.Content;
using IntimacyKit.Scoring;
using IntimacyKit.Support;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>take: answers from a file, from standard input, or one statement at a time in a terminal; then the results, safety first.</summary>
internal sealed class TakeCommand(
    ContentCatalog catalog,
    ScoringPipeline pipeline,
    IAnsiConsole console,
    TextWriter error,
    SupportDirectory support,
    bool explain = false,
    ConsoleText? text = null)
{
    /// <summary>The console's own words, in the person's culture.</summary>
    private readonly ConsoleText _text = text ?? ConsoleText.English;

    /// <summary>One to three gentle exercises: more would be a list, not a next step.</summary>
    private const int MaxExercisesShown = 3;

    private readonly SafetyView _safety = new(console, support, text ?? ConsoleText.English);

    /// <summary>Says so, on standard error, when no scale could be scored: that is not a result, and the exit code says so too.</summary>
    private bool NothingScored(AssessmentResult result)
    {
        // A safety answer that raised a flag has done the screen's first job (support shown): not an error, even with no scores.
        if (result.Scales.Any(static s => s.IsScored) || result.SafetyFlags.Any(static f => !f.NotAnswered))
        {
            return false;
        }

        error.WriteLine(_text.Format(_text.ErrorLine, _text.NothingScored));
        return true;
    }

    /// <summary>Answers files are small (one response); anything larger is refused before it is read.</summary>
    private const int MaxAnswerChars = 1 << 20;

    // The choices asked with each statement besides its values.
    private string NotApplicable => _text.ChoiceNotApplicable;

    private string Skip => _text.ChoiceSkip;

    private string Back => _text.ChoiceBack;

    private string SaveAndStop => _text.ChoiceSaveAndStop;

    public int Run(
        string assessmentId,
        string relationshipKind,
        FileInfo? answersFile,
        bool json,
        TextReader input,
        bool inputRedirected,
        bool relationshipGiven = true,
        FileInfo? resume = null)
    {
        if (!catalog.TryGetAssessment(assessmentId, out var assessment))
        {
            throw new UserException(_text.Format(_text.NoAssessment, assessmentId, string.Join(", ", catalog.Assessments.Select(a => a.Id))), ExitCodes.Usage);
        }

        // Without --relationship, a pack that has no "romantic" kind is about its first kind.
        if (!relationshipGiven && !catalog.TryGetRelationshipKind(relationshipKind, out _) && !catalog.RelationshipKinds.IsEmpty)
        {
            relationshipKind = catalog.RelationshipKinds[0].Id;
        }

        if (!catalog.TryGetRelationshipKind(relationshipKind, out var kind))
        {
            throw new UserException(
                _text.Format(_text.NoRelationshipKind, relationshipKind, string.Join(", ", catalog.RelationshipKinds.Select(k => k.Id))),
                ExitCodes.Usage);
        }

        if (resume is not null && (answersFile is not null || inputRedirected || relationshipGiven))
        {
            throw new UserException(_text.ResumeAlone, ExitCodes.Usage);
        }

        if (GatherAnswers(ref assessment, ref kind, answersFile, input, inputRedirected, relationshipGiven, resume) is not { } answers)
        {
            return ExitCodes.Success;
        }

        if (answers.Count == 0)
        {
            throw new UserException(_text.NoAnswersGiven, ExitCodes.Invalid);
        }

        return ScoreAndShow(assessment, kind, answers, json, offerToSave: answersFile is null && !inputRedirected);
    }

    /// <summary>
    /// Scores the answers and shows the result: as JSON, or in the terminal, then offers to save it when
    /// <paramref name="offerToSave"/>. Answers that cannot be scored bring support and their problems instead. Returns the exit code.
    /// </summary>
    private int ScoreAndShow(Assessment assessment, RelationshipKind kind, List<Answer> answers, bool json, bool offerToSave)
        => ScoreAndShow(new AssessmentResponse(assessment.Id, assessment.Version, kind.Id, answers, TimeProvider.System.GetUtcNow()), json, offerToSave);

    /// <summary>
    /// Scores a response read elsewhere (a FHIR QuestionnaireResponse) and shows the result as <c>take</c> does: as JSON,
    /// or in the terminal, safety first. Returns the exit code.
    /// </summary>
    public int ScoreAndShow(AssessmentResponse response, bool json, bool offerToSave = false)
    {
        var assessment = catalog.GetAssessment(response.AssessmentId);
        var outcome = pipeline.TryScore(response);
        if (!outcome.TryGetResult(out var result))
        {
            ShowUnscorable(outcome, assessment, json);
            return ExitCodes.Invalid;
        }

        if (json)
        {
            WriteJson(result);
            return NothingScored(result) ? ExitCodes.Invalid : ExitCodes.Success;
        }

        Show(result);
        if (offerToSave)
        {
            OfferToSave(result);
        }

        return NothingScored(result) ? ExitCodes.Invalid : ExitCodes.Success;
    }

    /// <summary>
    /// The answers: from the answers file, from redirected input, or asked one at a time in a terminal, carrying on from
    /// <paramref name="resume"/> when given (its assessment and relationship then replace the ones passed in). Returns
    /// <see langword="null"/> when the person saved their answers so far to finish later.
    /// </summary>
    private List<Answer>? GatherAnswers(
        ref Assessment assessment,
        ref RelationshipKind kind,
        FileInfo? answersFile,
        TextReader input,
        bool inputRedirected,
        bool relationshipGiven,
        FileInfo? resume)
    {
        if (answersFile is not null)
        {
            return AnswerText.Parse(ReadAnswersFile(answersFile), answersFile.Name, _text);
        }

        if (inputRedirected)
        {
            return AnswerText.Parse(ReadCapped(input, _text.StandardInput), _text.StandardInput, _text);
        }

        if (!console.Profile.Capabilities.Interactive)
        {
            throw new UserException(_text.NotATerminal, ExitCodes.Usage);
        }

        var progress = resume is null ? null : Progress.Read(resume, catalog, _text);
        if (progress is not null)
        {
            (assessment, kind) = (progress.Assessment, progress.Kind);
        }
        else if (!relationshipGiven)
        {
            kind = AskRelationship();
        }

        return Ask(assessment, kind, progress);
    }

    /// <summary>
    /// Answers that cannot be scored: support first for every safety flag (on standard error with --json, so that standard
    /// output holds JSON or nothing), then each problem.
    /// </summary>
    private void ShowUnscorable(ScoringOutcome outcome, Assessment assessment, bool json)
    {
        // Safety first, even for answers that cannot be scored: every flag (a skipped screen question too) brings help.
        // With --json the support goes to standard error, so that standard output holds JSON or nothing.
        if (!outcome.SafetyFlags.IsEmpty)
        {
            var preface = string.Join("\n\n", SafetyFlag.SupportMessages(outcome.SafetyFlags, catalog.NoticesFor(assessment.Id)));
            var resources = outcome.SafetyFlags.SelectMany(f => f.Resources).DistinctBy(r => r.Id).ToList();
            if (json)
            {
                error.WriteLine(preface);
                error.WriteLine(_text.Format(_text.SupportList, string.Join("; ", resources.Select(r => r.Title))));
            }
            else
            {
                _safety.ShowSupport(outcome.RequiresSupportFirst, preface, resources);
            }
        }

        foreach (var problem in outcome.Problems)
        {
            error.WriteLine(_text.Format(_text.ErrorLine, problem));
        }
    }

    /// <summary>The result as JSON on standard output; support, if any, on standard error before it.</summary>
    private void WriteJson(AssessmentResult result)
    {
        // The person still sees support, on standard error so that the JSON stays exact, and is told the file holds
        // their safety answers.
        if (result.HasSafetyFlags)
        {
            foreach (var message in result.SupportMessages)
            {
                error.WriteLine(message);
            }

            error.WriteLine(_text.Format(_text.SupportList, string.Join("; ", result.SupportResources.Select(r => r.Title))));
            error.WriteLine(_text.Format(_text.ResultHoldsSafetyAnswers, result.Notices.Privacy));
        }

        if (catalog.GetAssessment(result.AssessmentId).SafetyRules.IsEmpty)
        {
            error.WriteLine(catalog.SupportResources.IsEmpty
                ? _text.NoSafetyScreenNoHelp
                : _text.Format(_text.NoSafetyScreen, string.Join("; ", catalog.SupportResources.Select(static r => r.Title))));
        }

        // Machine output goes to the raw writer: Spectre would wrap long lines and break the JSON.
        console.Profile.Out.Writer.Write(AssessmentResultSerializer.ToJson(result));
        console.Profile.Out.Writer.Flush();
    }

    /// <summary>Which relationship the answers are about, asked before any statement, with the kind's note.</summary>
    private RelationshipKind AskRelationship()
    {
        var kinds = catalog.RelationshipKinds;
        var chosen = console.Prompt(new SelectionPrompt<RelationshipKind>()
            .Title(_text.WhoAreYouThinkingAbout)
            .UseConverter(k => Markup.Escape(k.Title))
            .AddChoices(kinds));
        return chosen;
    }

    /// <summary>
    /// The statements one at a time, safety first. Returns the answers, or <see langword="null"/> when the person saved
    /// their answers so far to finish later.
    /// </summary>
    private List<Answer>? Ask(Assessment assessment, RelationshipKind kind, Progress? resumed)
    {
        ShowIntroduction(assessment, kind);
        var given = new int?[assessment.Items.Length];
        var doesNotApply = new bool[assessment.Items.Length];
        var start = resumed is null ? 0 : Resume(resumed, given, doesNotApply);
        var screened = start > assessment.SafetyItemCount;
        for (var i = start; i < assessment.Items.Length;)
        {
            // The safety statements come first, after their preface; then the main statements.
            if (i == 0 && assessment.SafetyItemCount > 0 && assessment.SafetyPreface is { } preface)
            {
                console.Box(_text.SafetyFirst, new Markup(Markup.Escape(preface)), Color.Yellow);
            }
            else if (i == assessment.SafetyItemCount && i > 0 && !screened)
            {
                // Support as soon as the screen is answered, so that a person who stops here has seen it.
                screened = true;
                ShowScreenSupport(assessment, kind, given);
                console.Heading($"[bold]{Markup.Escape(_text.MainStatements)}[/]");
            }

            var choice = console.Prompt(StatementPrompt(assessment, kind, i, given[i], doesNotApply[i]));
            if (choice == Back)
            {
                i--;
                continue;
            }

            if (choice == SaveAndStop)
            {
                if (SaveProgress(assessment, kind, given, doesNotApply, i))
                {
                    return null;
                }

                continue;
            }

            doesNotApply[i] = choice == NotApplicable;
            given[i] = choice == Skip || choice == NotApplicable ? null : int.Parse(
                choice[..choice.IndexOf('.', StringComparison.Ordinal)],
                CultureInfo.InvariantCulture);
            i++;
        }

        return [.. assessment.Items.Select((item, i) => doesNotApply[i] ? Answer.NotApplicable(item.Id) : new Answer(item.Id, given[i]))];
    }

    /// <summary>The assessment's title and instructions, and whom the statements are about.</summary>
    private void ShowIntroduction(Assessment assessment, RelationshipKind kind)
    {
        console.Heading($"[bold]{Markup.Escape(assessment.Title)}[/]", centred: true);
        console.MarkupLine(_text.Format(_text.StatementsAreAbout, Markup.Escape(kind.Target), Markup.Escape(kind.Title)));
        console.WriteLine(assessment.Instructions);
        if (kind.Note is not null)
        {
            console.MarkupLineInterpolated($"[grey]{kind.Title}: {kind.Note}[/]");
        }
    }

    /// <summary>
    /// Copies the saved answers into <paramref name="given"/> and <paramref name="doesNotApply"/> and says where the
    /// statements carry on; returns the index of the next statement to ask.
    /// </summary>
    private int Resume(Progress resumed, int?[] given, bool[] doesNotApply)
    {
        resumed.Given.CopyTo(given, 0);
        resumed.DoesNotApply.CopyTo(doesNotApply, 0);
        var start = resumed.Next;
        console.MarkupLine(Markup.Escape(_text.Format(_text.WelcomeBack, start, given.Length, start + 1)));
        return start;
    }

    /// <summary>
    /// The prompt for statement <paramref name="i"/>: its values, "does not apply" where offered, skip, save and back;
    /// the cursor starts on the earlier answer when coming back to it.
    /// </summary>
    private SelectionPrompt<string> StatementPrompt(Assessment assessment, RelationshipKind kind, int i, int? earlier, bool doesNotApply)
    {
        var item = assessment.Items[i];
        var scale = catalog.GetResponseScale(assessment, item);
        var values = Enumerable.Range(scale.Min, scale.Max - scale.Min + 1).Select(v => $"{v}. {scale.LabelOf(v)}").ToList();
        var prompt = new SelectionPrompt<string>()
            .Title($"{ProgressBar(i, assessment.Items.Length)} [grey]{_text.Format(_text.StatementOf, i + 1, assessment.Items.Length)}[/]\n"
                + Markup.Escape(catalog.RenderItemText(item, kind.Id)))
            .AddChoices(values)
            .AddChoices(item.OffersNotApplicable ? [NotApplicable] : [])
            .AddChoices(i > 0 ? [Skip, SaveAndStop, Back] : [Skip, SaveAndStop])
            .WrapAround(true);

        // Coming back to a statement, the earlier answer is where the cursor starts.
        if (earlier is { } value)
        {
            prompt.DefaultValue(values[value - scale.Min]);
        }
        else if (doesNotApply)
        {
            prompt.DefaultValue(NotApplicable);
        }

        return prompt;
    }

    /// <summary>Saves the answers so far for <c>take --resume FILE</c>; returns whether they were saved.</summary>
    private bool SaveProgress(Assessment assessment, RelationshipKind kind, int?[] given, bool[] doesNotApply, int next)
    {
        console.Box(
            _text.YourPrivacy,
            new Markup(Markup.Escape(catalog.NoticesFor(assessment.Id).Privacy + " " + _text.FileHoldsAnswersSoFar)),
            Color.Yellow);
        var saved = AskForFile(
            _text.SaveAnswersSoFarTo,
            AtomicFile.FreshName("intimacykit-answers", ".json", TimeProvider.System),
            path => AtomicFile.Write(path, Progress.ToJson(assessment, kind, given, doesNotApply, next, catalog.PackFor(assessment.Id).Culture), _text));
        if (saved is null)
        {
            return false;
        }

        console.MarkupLine(_text.Format(_text.SavedAnswersSoFar, Markup.Escape(saved)));
        console.MarkupLineInterpolated($"  intimacykit take --resume {saved}");
        return true;
    }

    /// <summary>
    /// Asks for a file name until the file is written or the person gives up (an empty answer): a bad path is explained
    /// and asked again, so that finished work is never lost. Returns the path written, or <see langword="null"/>.
    /// </summary>
    private string? AskForFile(string question, string suggested, Action<string> write)
    {
        while (true)
        {
            var path = console.Prompt(new TextPrompt<string>(_text.Format(_text.PathPrompt, question, Markup.Escape(suggested))).AllowEmpty());
            path = path.Trim();
            if (path == "-")
            {
                console.WriteLine(_text.NotSaved);
                return null;
            }

            path = path.Length == 0 ? suggested : path;
            if (File.Exists(path) && !console.Prompt(Confirm(_text.Format(_text.AlreadyExists, Markup.Escape(path)))))
            {
                continue;
            }

            try
            {
                write(path);
                return path;
            }
            catch (UserException exception)
            {
                console.MarkupLine(_text.Format(_text.CouldNotSave, Markup.Escape(exception.Message)));
            }
        }
    }

    /// <summary>Scores the safety screen on its own and shows its support panel when it raised any flag.</summary>
    private void ShowScreenSupport(Assessment assessment, RelationshipKind kind, int?[] given)
    {
        var screen = assessment.Items.Take(assessment.SafetyItemCount).Select((item, i) => new Answer(item.Id, given[i]));
        var result = pipeline.Score(new AssessmentResponse(assessment.Id, assessment.Version, kind.Id, screen, TimeProvider.System.GetUtcNow()));
        if (_safety.ShowSupport(result))
        {
            console.WriteLine(_text.YouCanStop);
        }
    }

    /// <summary>A yes-or-no question, no by default, with the answer letters of the person's language (y/n, j/n).</summary>
    private ConfirmationPrompt Confirm(string question)
        => new(question) { DefaultValue = false, Yes = _text.Yes[0], No = _text.No[0] };

    /// <summary>A 20-cell bar of the statements answered so far.</summary>
    internal static string ProgressBar(int done, int total)
    {
        var filled = total == 0 ? 0 : done * 20 / total;
        return $"[green]{new string('█', filled)}[/][grey]{new string('░', 20 - filled)}[/]";
    }

    /// <summary>After the results in a terminal: offer to save the result as JSON and a practice plan as .ics.</summary>
    private void OfferToSave(AssessmentResult result)
    {
        var json = AssessmentResultSerializer.ToJson(result);

        // After a safety flag nothing is offered: the person is told who else may see saved files, and a copy is saved
        // only when they ask for it. No calendar is offered at all (its entries show on shared devices and phones).
        if (result.HasSafetyFlags)
        {
            _safety.ShowPrivacy(result.Notices);
            var answer = console.Prompt(new TextPrompt<string>(_text.TypeSaveAnyway).AllowEmpty());
            if (answer.Trim().Equals(_text.SaveWord, StringComparison.OrdinalIgnoreCase)
                && AskForFile(
                    _text.SaveResultTo,
                    AtomicFile.FreshName("intimacykit-result", ".json", TimeProvider.System),
                    path => AtomicFile.Write(path, json, _text)) is { } saved)
            {
                console.MarkupLine(_text.Format(_text.SavedResult, Markup.Escape(saved)));
            }

            return;
        }

        if (console.Prompt(Confirm(_text.SaveResultQuestion))
            && AskForFile(
                _text.SaveResultTo,
                AtomicFile.FreshName("intimacykit-result", ".json", TimeProvider.System),
                path => AtomicFile.Write(path, json, _text)) is { } path)
        {
            console.MarkupLine(_text.Format(_text.SavedResult, Markup.Escape(path)));
        }

        // Plans follow obstacle scales (the profile); the quick check scores categories.
        if (!result.Scales.Any(static s => s.IsScored && s.Obstacle is not null) || !console.Prompt(Confirm(_text.BuildPlanQuestion)))
        {
            return;
        }

        var plan = new IntimacyKit.Plans.PracticePlanBuilder(catalog, TimeProvider.System).Build(result, new IntimacyKit.Plans.PlanPreferences());
        var calendar = IntimacyKit.Calendar.PracticePlanCalendar.ToICalendar(plan);
        if (AskForFile(
            _text.SavePlanTo,
            AtomicFile.FreshName("practice-plan", ".ics", TimeProvider.System),
            file => AtomicFile.Write(file, calendar, _text)) is { } file)
        {
            console.MarkupLine(_text.Format(_text.SavedPlan, plan.Sessions.Length, plan.Reassessments.Length, Markup.Escape(file)));
        }
    }


    /// <summary>An answers file, refused before reading when it is too large to be one response.</summary>
    private string ReadAnswersFile(FileInfo file)
    {
        InputFile.Check(file, "--answers", _text);

        if (file.Length > MaxAnswerChars * 4L)
        {
            throw new UserException(_text.Format(_text.AnswersFileTooLarge, file.Name, file.Length, MaxAnswerChars), ExitCodes.Invalid);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserException(_text.Format(_text.CannotRead, string.Empty, file.FullName, exception.Message.TrimEnd('.')), ExitCodes.Usage);
        }

        return AnswerText.Decode(bytes, file.Name, _text);
    }

    /// <summary>Standard input, read up to the cap, so that a runaway pipe is refused instead of filling memory.</summary>
    private string ReadCapped(TextReader input, string source)
    {
        var buffer = new char[MaxAnswerChars + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = input.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > MaxAnswerChars
            ? throw new UserException(_text.Format(_text.InputTooLarge, source, MaxAnswerChars), ExitCodes.Invalid)
            : new string(buffer, 0, total);
    }

    private void Show(AssessmentResult result)
    {
        // Every flag brings help, before any result: calm for a concern, first of all for an urgent flag.
        _safety.ShowSupport(result);
        if (catalog.GetAssessment(result.AssessmentId).SafetyRules.IsEmpty)
        {
            ShowUnscreened(result);
        }

        console.Heading($"[bold]{Markup.Escape(result.AssessmentTitle)}[/]", centred: true);
        console.MarkupLineInterpolated($"[italic]{result.Disclaimer}[/]");
        console.WriteLine();
        ShowScales(result);

        // What stands out, in plain words: every scale in its top band (protective ones excepted).
        var standing = result.Scales.Where(s => s.ProtectiveFraming is null && s.Band is { } b && b.Id == s.Bands[^1].Id).ToList();
        if (standing.Count > 0)
        {
            console.Heading($"[bold]{Markup.Escape(_text.WhatStandsOut)}[/]");
            foreach (var score in standing)
            {
                console.MarkupLineInterpolated($"[bold]{score.Title}[/] ({score.Band!.Label}):{Meaning(result, score)}");
            }
        }

        ShowExercises(result);
        foreach (var flag in result.QualityFlags)
        {
            console.WriteLine(_text.Format(_text.Note, flag.Message));
        }

        // The pointer to more questions is left out while support comes first.
        if (!result.HasSafetyFlags && catalog.TryGetAssessment(
            DefaultContent.ProfileAssessmentId,
            out var profile) && result.AssessmentId == DefaultContent.QuickCheckAssessmentId)
        {
            var command = $"intimacykit take --assessment {profile.Id} --relationship {result.RelationshipKind}";
            var title = _text.TitleInSentence(profile.Title);
            console.MarkupLine(Markup.Escape(_text.Format(_text.FullerPicture, title, profile.Items.Length, command)));
        }

        if (!explain)
        {
            console.MarkupLine($"[grey]{Markup.Escape(_text.RunWithExplain)}[/]");
        }
    }

    /// <summary>
    /// An instrument with no safety screen here (a questionnaire imported from FHIR): every answer with its question, so
    /// that none is lost in a total, and the kinds of help, before the score.
    /// </summary>
    private void ShowUnscreened(AssessmentResult result)
    {
        var assessment = catalog.GetAssessment(result.AssessmentId);
        console.Heading($"[bold]{Markup.Escape(_text.YourAnswers)}[/]");
        foreach (var answer in result.Answers)
        {
            if (assessment.TryGetItem(answer.ItemId, out var item))
            {
                var scale = catalog.GetResponseScale(assessment, item);
                var said = answer.Value is { } value && scale.Contains(value) ? scale.LabelOf(value) : _text.NotAnswered;
                console.MarkupLineInterpolated($"  {catalog.RenderItemText(item, result.RelationshipKind)} [bold]{said}[/]");
            }
        }

        // A pack without support resources of its own still names the kinds of help, so the sentence never ends on nothing.
        _safety.ShowSupport(
            urgent: false,
            catalog.SupportResources.IsEmpty ? _text.UnscreenedNoResources : _text.Unscreened,
            catalog.SupportResources);
    }

    /// <summary>
    /// Each scale as a short sentence with its band (a protective scale framed as protection while harm may stand), then
    /// how to read the bands.
    /// </summary>
    private void ShowScales(AssessmentResult result)
    {
        Band? anyBand = null;
        foreach (var score in result.Scales)
        {
            anyBand ??= score.Band;
            if (score.ProtectiveFraming is { } framing)
            {
                console.MarkupLineInterpolated($"  [bold]{score.Title}[/]: {framing}");
            }
            else if (score.Value is { } total && score.Bands.IsEmpty)
            {
                // A score without bands (an imported instrument's total, a translation without its own norms) is its number alone.
                var range = _text.Format(_text.ScoreOnScale, _text.Number(total), _text.Number(score.Lowest), _text.Number(score.Highest));
                console.MarkupLine($"  [bold]{Markup.Escape(score.Title)}[/]: {Markup.Escape(range)}");
            }
            else if (score.Value is { } value)
            {
                var top = score.Band is { } band && band.Id == score.Bands[^1].Id;
                var label = score.Band?.Label ?? _text.NoBand;
                var of = _text.Format(_text.StatementOf, _text.Number(value), _text.Number(score.Bands[^1].To));
                console.MarkupLine($"  [bold]{Markup.Escape(score.Title)}[/]: [{(top ? "orange1" : "default")}]{Markup.Escape(label)}[/] ({of})");
            }
            else
            {
                console.MarkupLine($"  [bold]{Markup.Escape(score.Title)}[/]: {Markup.Escape(_text.NotEnoughAnswers)}");
            }

            if (explain)
            {
                console.WriteLine("    " + score.Explain().Text);
            }
        }

        if (anyBand is not null)
        {
            console.MarkupLine($"[grey]{Markup.Escape(_text.Format(_text.HowToReadBands, anyBand.Provenance))}[/]");
        }
        else if (!result.ShowsBands)
        {
            console.MarkupLine($"[grey]{Markup.Escape(_text.NoBands)}[/]");
        }
    }

    /// <summary>One to three gentle things to try, each with its reason and steps.</summary>
    private void ShowExercises(AssessmentResult result)
    {
        if (catalog.Exercises.IsEmpty)
        {
            return; // content with nothing to try (a questionnaire imported from FHIR): no empty promise either
        }

        var shown = result.Recommendations.Take(MaxExercisesShown).ToList();
        console.Heading($"[bold]{Markup.Escape(_text.SomethingToTry)}[/]");
        if (shown.Count == 0)
        {
            console.WriteLine(result.HasSafetyFlags ? _text.SupportFirstNothingElse : _text.NothingStandsOut);
        }

        foreach (var recommendation in shown)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(recommendation.Exercise.Title)}[/] ({_text.Format(_text.Minutes, recommendation.Exercise.Minutes)})");
            console.WriteLine(recommendation.Explanation);
            for (var step = 0; step < recommendation.Exercise.Steps.Length; step++)
            {
                console.WriteLine($"  {step + 1}. {recommendation.Exercise.Steps[step]}");
            }
        }
    }

    /// <summary>What a high score means, in the content's own words: the obstacle's summary, or the obstacles a category brings together.</summary>
    private string Meaning(AssessmentResult result, ScaleScore score)
    {
        if (score.Obstacle is { } id && catalog.TryGetObstacle(id, out var obstacle))
        {
            return " " + obstacle.Summary;
        }

        if (score.Category is { } category && catalog.TryGetAssessment(result.AssessmentId, out var assessment))
        {
            // Within a category, the obstacles whose own statement the person leaned towards, each in a plain sentence.
            var scale = catalog.GetResponseScale(assessment.ResponseScale);
            var middle = (scale.Min + scale.Max) / 2.0;
            var leaning = assessment.ItemsOf(score.Id)
                .Where(item => item.Obstacle is not null && result.Answers.FirstOrDefault(a => a.ItemId == item.Id).Value is { } raw
                    && (item.Reverse ? scale.Min + scale.Max - raw : raw) > middle)
                .Select(item => catalog.TryGetObstacle(item.Obstacle!, out var obstacle) ? $"{obstacle.Title}: {obstacle.Summary}" : null)
                .OfType<string>()
                .ToList();
            return leaning.Count == 0
                ? " " + _text.Format(_text.LeansThisWay, category)
                : "\n  - " + string.Join("\n  - ", leaning);
        }

        return " " + _text.StandsOutForYou;
    }
}
