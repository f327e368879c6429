using IntimacyKit.Calendar;
using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Plans;
using IntimacyKit.Progress;
using IntimacyKit.Scoring;
using IntimacyKit.Support;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// content, plan, compare and progress: thin views over the library's catalog, plans and reports, framed in the console's
/// words in the person's language; the reports' own sentences come in the language the results were answered in.
/// </summary>
internal sealed class ReportCommands(ContentCatalog catalog, IAnsiConsole console, SupportDirectory support, ConsoleText text)
{
    private readonly SafetyView _safety = new(console, support, text);

    public int Content(string kind, string? id, string? relationship = null)
    {
        // Without --relationship: "romantic", or the pack's first kind when it has no such kind.
        relationship ??= catalog.TryGetRelationshipKind("romantic", out _) || catalog.RelationshipKinds.IsEmpty ? "romantic" : catalog.RelationshipKinds[0].Id;
        switch (kind)
        {
            case "obstacles" when id is null:
                Table([text.ColumnId, text.ColumnCategory, text.ColumnTitle], catalog.Obstacles.Select(o => new[] { o.Id, o.Category, o.Title }));
                return ExitCodes.Success;
            case "exercises" when id is null:
                Table(
                    [text.ColumnId, text.ColumnDifficulty, text.ColumnMode, text.ColumnMinutes, text.ColumnTitle],
                    catalog.Exercises.Select(e => new[] { e.Id, Number((int)e.Difficulty), Mode(e.Mode), Number(e.Minutes), e.Title }));
                return ExitCodes.Success;
            case "assessments" when id is null:
                Table(
                    [text.ColumnId, text.ColumnVersion, text.ColumnItems, text.ColumnTitle],
                    catalog.Assessments.Select(a => new[] { a.Id, a.Version.ToString(), Number(a.Items.Length), a.Title }));
                return ExitCodes.Success;
            case "obstacles":
                var obstacle = catalog.TryGetObstacle(id!, out var o) ? o : throw NotFound(text.NoObstacle, id!);
                console.WriteLine($"{obstacle.Title} ({obstacle.Id}, {obstacle.Category})");
                console.WriteLine(obstacle.Summary);
                Lines(text.Signs, obstacle.Signs);
                Lines(text.Origins, obstacle.Origins);
                return ExitCodes.Success;
            case "exercises":
                var exercise = catalog.TryGetExercise(id!, out var e) ? e : throw NotFound(text.NoExercise, id!);
                var difficulty = Number((int)exercise.Difficulty);
                console.WriteLine(text.Format(text.ExerciseHeading, exercise.Title, exercise.Id, difficulty, Mode(exercise.Mode), Number(exercise.Minutes)));
                console.WriteLine(exercise.Summary);
                Lines(text.Steps, exercise.Steps);
                return ExitCodes.Success;
            case "assessments":
                ShowAssessment(id!, relationship);
                return ExitCodes.Success;
            default:
                throw new UserException(text.Format(text.UnknownContentKind, kind), ExitCodes.Usage);
        }
    }

    /// <summary>A kind of exercise in words: its option value in English (solo), a word in other languages (allein).</summary>
    private string Mode(ExerciseMode mode) => mode switch
    {
        ExerciseMode.Solo => text.ModeSolo,
        ExerciseMode.Together => text.ModeTogether,
        ExerciseMode.Journal => text.ModeJournal,
        ExerciseMode.Conversation => text.ModeConversation,
        _ => mode.ToString().ToLowerInvariant(),
    };

    /// <summary>One assessment: its instructions, its safety preface and each statement as read for the relationship.</summary>
    private void ShowAssessment(string id, string relationship)
    {
        var assessment = catalog.TryGetAssessment(id, out var a) ? a : throw NotFound(text.NoContentAssessment, id);
        var reader = catalog.TryGetRelationshipKind(
            relationship,
            out var k) ? k : throw new UserException(
                text.Format(text.NoRelationshipKind, relationship, string.Join(", ", catalog.RelationshipKinds.Select(x => x.Id))),
                ExitCodes.Usage);
        var (items, scales) = (assessment.Items.Length, assessment.Scales.Length);
        console.WriteLine(text.Format(text.AssessmentHeading, assessment.Title, assessment.Id, assessment.Version, items, scales, reader.Title, reader.Id));
        console.WriteLine(assessment.Instructions);
        if (assessment.SafetyPreface is { } preface)
        {
            console.WriteLine();
            console.WriteLine(preface);
        }

        for (var i = 0; i < assessment.Items.Length; i++)
        {
            var item = assessment.Items[i];
            var scale = catalog.GetResponseScale(assessment, item);
            var where = i < assessment.SafetyItemCount ? text.ItemSafety : item.Scale ?? text.ItemUnscored;
            var extra = (item.Reverse ? ", " + text.ItemReverseKeyed : string.Empty)
                + (item.OffersNotApplicable ? ", " + text.ItemOffersNotApplicable : string.Empty);
            console.WriteLine($"{i + 1,3}. {catalog.RenderItemText(item, reader.Id)}  [{item.Id}; {where}; {scale.Id}{extra}]");
        }
    }

    public int Plan(FileInfo resultFile, int weeks, int daysPerWeek, int minutes, ExerciseMode[] modes, FileInfo? ics, TimeProvider time)
    {
        var result = ReadResult(resultFile);
        var preferences = new PlanPreferences { Weeks = weeks, DaysPerWeek = daysPerWeek, MinutesPerDay = minutes, Modes = [.. modes] };
        if (preferences.Check() is [var problem, ..])
        {
            throw new UserException(text.Format(text.PlanOutOfRange, OptionOf(problem), problem.Value, problem.Min, problem.Max), ExitCodes.Usage);
        }

        var plan = new PracticePlanBuilder(catalog, time).Build(result, preferences);

        // A flagged result shows its support options before the plan, and only exercises its flags allow are planned.
        _safety.ShowSupport(result);
        console.WriteLine(result.Disclaimer);
        if (plan.Sessions.IsEmpty)
        {
            console.WriteLine(result.HasSafetyFlags ? text.NoPracticeWhileUnsafe : text.NoPracticeFits);
        }

        // One timeline: practice days and check-ins, in date order (dates as ISO 8601 in every language: they sort and read alike).
        var title = catalog.TryGetAssessment(plan.AssessmentId, out var planned) ? text.TitleInSentence(planned.Title) : plan.AssessmentId;
        var lines = plan.Sessions.Select(s => (s.Date, Line: text.Format(text.PlanWeek, s.Week, s.Exercise.Title, s.Exercise.Minutes)))
            .Concat(plan.Reassessments.Select(d => (Date: d, Line: text.Format(text.PlanCheckIn, title, plan.AssessmentId))))
            .OrderBy(l => l.Date);
        foreach (var (date, line) in lines)
        {
            console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}  {line}"));
        }

        if (ics is not null)
        {
            if (result.HasSafetyFlags)
            {
                _safety.ShowPrivacy(result.Notices);
            }

            AtomicFile.Write(ics.FullName, PracticePlanCalendar.ToICalendar(plan), text);
            var events = plan.Sessions.Length + plan.Reassessments.Length;
            console.WriteLine(events == 1 ? text.Format(text.SavedEvent, ics.Name) : text.Format(text.SavedEvents, events, ics.Name));
        }

        return ExitCodes.Success;
    }

    /// <summary>The dyadic report; its sentences, and the behaviours they name, in the language the results were answered in.</summary>
    public int Compare(FileInfo first, FileInfo second, string? names = null, Func<string, ContentCatalog>? catalogIn = null)
    {
        var (firstName, secondName) = (first.Name, second.Name);
        if (names is not null)
        {
            var parts = names.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace))
            {
                throw new UserException(text.Format(text.NamesProblem, names), ExitCodes.Usage);
            }

            (firstName, secondName) = (parts[0], parts[1]);
        }

        var a = ReadResult(first);
        var b = ReadResult(second);
        var pairs = (catalogIn?.Invoke(a.Culture) ?? catalog).TryGetAssessment(a.AssessmentId, out var assessment) ? assessment.DyadicPairs : [];
        DyadicReport report;
        try
        {
            report = DyadicReport.Create(a, b, pairs, firstName, secondName);
        }
        catch (ResultComparisonException exception)
        {
            throw new UserException($"compare: {Refusal(exception, new List<AssessmentResult> { a, b }, text.OtherLanguagesCompare)}", ExitCodes.Invalid);
        }

        // The same support panel opens every comparison, flagged or not, so that it tells neither person anything
        // about the other's safety answers.
        if (!report.SupportResources.IsEmpty)
        {
            _safety.ShowSupport(false, text.CompareSafetyNotice, report.SupportResources);
        }

        console.WriteLine(report.Disclaimer);
        var lines = report.Scales.Select(s => s.Text).Concat(report.GapsAboutFirst.Select(g => g.Text)).Concat(report.GapsAboutSecond.Select(g => g.Text));
        foreach (var line in lines)
        {
            console.WriteLine(line);
        }

        return ExitCodes.Success;
    }

    public int Progress(FileInfo[] files, FileInfo? normsFile = null)
    {
        ProgressReport report;
        var norms = normsFile is null ? null : NormsFile.Read(normsFile, text);
        List<AssessmentResult> results = [.. files.Select(ReadResult)];
        var other = norms is null ? null : results.FirstOrDefault(r => r.AssessmentId != norms.AssessmentId || r.AssessmentVersion != norms.AssessmentVersion);
        if (norms is not null && other is not null)
        {
            throw new UserException(
                text.Format(text.NormsForOther, normsFile!.Name, norms.AssessmentId, norms.AssessmentVersion, other.AssessmentId, other.AssessmentVersion),
                ExitCodes.Usage);
        }

        try
        {
            report = ProgressReport.Create(results, norms is null ? null : new ProgressOptions { Norms = norms.Scales });
        }
        catch (ResultComparisonException exception)
        {
            throw new UserException($"progress: {Refusal(exception, results, text.OtherLanguagesProgress)}", ExitCodes.Invalid);
        }

        // Support first if any result in the series carries a flag (the latest such result's support), and protective
        // scales framed as protection rather than as change to make.
        var flagged = results.Where(static r => r.HasSafetyFlags).MaxBy(static r => r.CompletedAt);
        if (flagged is not null)
        {
            _safety.ShowSupport(flagged);
        }

        var latest = results.MaxBy(static r => r.CompletedAt)!;
        var framing = flagged is { HarmFromOtherFlagged: true } ? flagged : latest;
        console.WriteLine(latest.Disclaimer);
        foreach (var scale in report.Scales)
        {
            var framed = framing.TryGetScore(scale.ScoreId, out var score) ? score.ProtectiveFraming : null;
            console.WriteLine(framed is null ? scale.Text : $"{scale.Title}: {framed}");
        }

        if (report.Note is { } note)
        {
            console.WriteLine(note);
        }

        return ExitCodes.Success;
    }

    private AssessmentResult ReadResult(FileInfo file)
    {
        InputFile.Check(file, null, text);
        if (file.Length > 64L << 20)
        {
            throw new UserException(text.Format(text.ResultTooLarge, file.Name, file.Length), ExitCodes.Invalid);
        }

        var json = AnswerText.Decode(InputFile.Read(file, null, text, File.ReadAllBytes), file.Name, text);
        if (json.Contains($"\"{IntimacyKit.Samples.Console.Progress.Format}\"", StringComparison.Ordinal))
        {
            throw new UserException(text.Format(text.HalfWayAnswers, file.Name), ExitCodes.Invalid);
        }

        return AssessmentResultSerializer.TryRead(json, out var result, out var problems)
            ? result
            : throw new UserException(text.Format(text.NotAResult, file.Name, problems[0].ToString().TrimEnd('.')), ExitCodes.Invalid);
    }

    /// <summary>
    /// Why results cannot be compared: the library's sentence in English; in another language, the console's own words
    /// from what the refusal carries (too few, other assessments, other versions, or else other languages).
    /// </summary>
    private string Refusal(ResultComparisonException refusal, List<AssessmentResult> results, string otherLanguages)
    {
        if (text.IsEnglish)
        {
            return refusal.Problem;
        }

        if (refusal.FirstAssessmentId is null)
        {
            return text.Format(text.TooFewResults, results.Count);
        }

        if (refusal.FirstAssessmentId != refusal.OtherAssessmentId)
        {
            return text.Format(text.OtherAssessments, refusal.FirstAssessmentId, refusal.OtherAssessmentId);
        }

        if (refusal.FirstVersion != refusal.OtherVersion)
        {
            return text.Format(text.OtherVersions, refusal.FirstAssessmentId, refusal.FirstVersion, refusal.OtherVersion);
        }

        var languages = results.Select(static r => r.Culture).Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
        return text.Format(otherLanguages, languages[0], languages[^1]);
    }

    private UserException NotFound(string format, string id) => new(text.Format(format, id), ExitCodes.Usage);

    private void Table(string[] columns, IEnumerable<string[]> rows)
    {
        var table = new Table().AddColumns(columns);
        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }

    private void Lines(string title, IEnumerable<string> lines)
    {
        console.WriteLine($"{title}:");
        foreach (var line in lines)
        {
            console.WriteLine($"  - {line}");
        }
    }

    /// <summary>The command-line option that sets a plan preference.</summary>
    private static string OptionOf(PlanPreferenceProblem problem) => problem.Property switch
    {
        nameof(PlanPreferences.Weeks) => "weeks",
        nameof(PlanPreferences.DaysPerWeek) => "days-per-week",
        nameof(PlanPreferences.MinutesPerDay) => "minutes",
        _ => problem.Property,
    };

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
