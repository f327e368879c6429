using IntimacyKit.Calendar;
using IntimacyKit.Content;
using IntimacyKit.Dyadic;
using IntimacyKit.Plans;
using IntimacyKit.Progress;
using IntimacyKit.Scoring;
using IntimacyKit.Support;
using Spectre.Console;

namespace IntimacyKit.Samples.Console;

/// <summary>content, plan, compare and progress: thin views over the library's catalog, plans and reports.</summary>
internal sealed class ReportCommands(ContentCatalog catalog, IAnsiConsole console, SupportDirectory support)
{
    private readonly SafetyView _safety = new(console, support);

    public int Content(string kind, string? id, string relationship = "romantic")
    {
        switch (kind)
        {
            case "obstacles" when id is null:
                Table(["Id", "Category", "Title"], catalog.Obstacles.Select(o => new[] { o.Id, o.Category, o.Title }));
                return ExitCodes.Success;
            case "exercises" when id is null:
                Table(
                    ["Id", "Difficulty", "Mode", "Minutes", "Title"],
                    catalog.Exercises.Select(e => new[] { e.Id, Number((int)e.Difficulty), e.Mode.ToString().ToLowerInvariant(), Number(e.Minutes), e.Title }));
                return ExitCodes.Success;
            case "assessments" when id is null:
                Table(
                    ["Id", "Version", "Items", "Title"],
                    catalog.Assessments.Select(a => new[] { a.Id, a.Version.ToString(), Number(a.Items.Length), a.Title }));
                return ExitCodes.Success;
            case "obstacles":
                var obstacle = catalog.TryGetObstacle(id!, out var o) ? o : throw NotFound("obstacle", id!);
                console.WriteLine($"{obstacle.Title} ({obstacle.Id}, {obstacle.Category})");
                console.WriteLine(obstacle.Summary);
                Lines("Signs", obstacle.Signs);
                Lines("Origins", obstacle.Origins);
                return ExitCodes.Success;
            case "exercises":
                var exercise = catalog.TryGetExercise(id!, out var e) ? e : throw NotFound("exercise", id!);
                var mode = exercise.Mode.ToString().ToLowerInvariant();
                var difficulty = Number((int)exercise.Difficulty);
                console.WriteLine($"{exercise.Title} ({exercise.Id}): difficulty {difficulty}, {mode}, {Number(exercise.Minutes)} minutes");
                console.WriteLine(exercise.Summary);
                Lines("Steps", exercise.Steps);
                return ExitCodes.Success;
            case "assessments":
                ShowAssessment(id!, relationship);
                return ExitCodes.Success;
            default:
                throw new UserException($"content: '{kind}' is not one of obstacles, exercises, assessments.", ExitCodes.Usage);
        }
    }

    /// <summary>One assessment: its instructions, its safety preface and each statement as read for the relationship.</summary>
    private void ShowAssessment(string id, string relationship)
    {
        var assessment = catalog.TryGetAssessment(id, out var a) ? a : throw NotFound("assessment", id);
        var reader = catalog.TryGetRelationshipKind(
            relationship,
            out var k) ? k : throw new UserException(
                $"--relationship: no relationship kind '{relationship}'. Known: {string.Join(", ", catalog.RelationshipKinds.Select(x => x.Id))}.",
                ExitCodes.Usage);
        console.WriteLine($"{assessment.Title} ({assessment.Id} {assessment.Version}): {assessment.Items.Length} statements, "
            + $"{assessment.Scales.Length} scales; as read for \"{reader.Title}\" ({reader.Id}).");
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
            var where = i < assessment.SafetyItemCount ? "safety" : item.Scale ?? "unscored";
            var extra = (item.Reverse ? ", reverse-keyed" : string.Empty) + (item.OffersNotApplicable ? ", offers \"does not apply\"" : string.Empty);
            console.WriteLine($"{i + 1,3}. {catalog.RenderItemText(item, reader.Id)}  [{item.Id}; {where}; {scale.Id}{extra}]");
        }
    }

    public int Plan(FileInfo resultFile, int weeks, int daysPerWeek, int minutes, ExerciseMode[] modes, FileInfo? ics, TimeProvider time)
    {
        var result = ReadResult(resultFile);
        var preferences = new PlanPreferences { Weeks = weeks, DaysPerWeek = daysPerWeek, MinutesPerDay = minutes, Modes = [.. modes] };
        if (preferences.Check() is [var problem, ..])
        {
            throw new UserException($"plan: --{OptionOf(problem)}: {problem.Message}", ExitCodes.Usage);
        }

        var plan = new PracticePlanBuilder(catalog, time).Build(result, preferences);

        // A flagged result shows its support options before the plan, and only exercises its flags allow are planned.
        _safety.ShowSupport(result);
        console.WriteLine(result.Disclaimer);
        if (plan.Sessions.IsEmpty)
        {
            console.WriteLine(result.HasSafetyFlags
                ? "No practice is planned: while your answers suggest things may not feel safe, the support options above come first."
                : "No practice is planned: nothing in this result stands out enough, or no exercise fits your choices (kinds, minutes).");
        }

        // One timeline: practice days and check-ins, in date order.
        var title = catalog.TryGetAssessment(plan.AssessmentId, out var planned) ? planned.Title.ToLowerInvariant() : plan.AssessmentId;
        var lines = plan.Sessions.Select(s => (s.Date, Text: $"week {s.Week}  {s.Exercise.Title} ({s.Exercise.Minutes} min)"))
            .Concat(plan.Reassessments.Select(d => (Date: d, Text: $"check-in: take the {title} again ({plan.AssessmentId})")))
            .OrderBy(l => l.Date);
        foreach (var (date, text) in lines)
        {
            console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}  {text}"));
        }

        if (ics is not null)
        {
            if (result.HasSafetyFlags)
            {
                _safety.ShowPrivacy(result.Notices);
            }

            AtomicFile.Write(ics.FullName, PracticePlanCalendar.ToICalendar(plan));
            console.WriteLine($"Saved {plan.Sessions.Length + plan.Reassessments.Length} events to {ics.Name}.");
        }

        return ExitCodes.Success;
    }

    public int Compare(FileInfo first, FileInfo second, string? names = null)
    {
        var (firstName, secondName) = (first.Name, second.Name);
        if (names is not null)
        {
            var parts = names.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace))
            {
                throw new UserException($"--names: give two names separated by a comma, such as \"Sam,Alex\"; found \"{names}\".", ExitCodes.Usage);
            }

            (firstName, secondName) = (parts[0], parts[1]);
        }

        var a = ReadResult(first);
        var b = ReadResult(second);
        var pairs = catalog.TryGetAssessment(a.AssessmentId, out var assessment) ? assessment.DyadicPairs : [];
        DyadicReport report;
        try
        {
            report = DyadicReport.Create(a, b, pairs, firstName, secondName);
        }
        catch (ResultComparisonException exception)
        {
            throw new UserException($"compare: {exception.Problem}", ExitCodes.Invalid);
        }

        // The same support panel opens every comparison, flagged or not, so that it tells neither person anything
        // about the other's safety answers.
        if (!report.SupportResources.IsEmpty)
        {
            _safety.ShowSupport(false, DyadicReport.SafetyNotice, report.SupportResources);
        }

        console.WriteLine(report.Disclaimer);
        var lines = report.Scales.Select(s => s.Text).Concat(report.GapsAboutFirst.Select(g => g.Text)).Concat(report.GapsAboutSecond.Select(g => g.Text));
        foreach (var line in lines)
        {
            console.WriteLine(line);
        }

        return ExitCodes.Success;
    }

    public int Progress(FileInfo[] files)
    {
        ProgressReport report;
        var results = files.Select(ReadResult).ToList();
        try
        {
            report = ProgressReport.Create(results);
        }
        catch (ResultComparisonException exception)
        {
            throw new UserException($"progress: {exception.Problem}", ExitCodes.Invalid);
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

    private static AssessmentResult ReadResult(FileInfo file)
    {
        InputFile.Check(file);
        if (file.Length > 64L << 20)
        {
            throw new UserException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file.Name}: {file.Length:N0} bytes is too large for a saved result."),
                ExitCodes.Invalid);
        }

        var text = AnswerText.Decode(InputFile.Read(file, null, File.ReadAllBytes), file.Name);
        if (text.Contains($"\"{IntimacyKit.Samples.Console.Progress.Format}\"", StringComparison.Ordinal))
        {
            throw new UserException(
                $"{file.Name}: holds answers saved half-way, not a result; finish them first with: intimacykit take --resume {file.Name}",
                ExitCodes.Invalid);
        }

        return AssessmentResultSerializer.TryRead(text, out var result, out var problems)
            ? result
            : throw new UserException($"{file.Name}: not a result saved by take --json ({problems[0].ToString().TrimEnd('.')}).", ExitCodes.Invalid);
    }

    private static UserException NotFound(string what, string id) => new($"content: no {what} '{id}'.", ExitCodes.Usage);

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
