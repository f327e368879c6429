using System.Globalization;
using System.Resources;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// Every word the console itself says to a person (prompts, headings, choices, the reports' frames, errors and warnings,
/// and the descriptions in <c>--help</c>), from Resources/ConsoleText.resx and its translations (ConsoleText.de.resx), in
/// the culture the person chose (<c>--culture</c>, else <c>LC_ALL</c>, <c>LC_MESSAGES</c> or <c>LANG</c>). Content
/// (statements, labels, results) comes from the pack in that culture, and the library's report sentences in the
/// language the results were answered in. What other programs read stays the same in every language: JSON, CSV, .ics
/// and file contents, command and option names, exit codes, and the <c>file:line:column</c> and ids inside messages.
/// </summary>
internal sealed class ConsoleText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("IntimacyKit.Samples.Console.Resources.ConsoleText", typeof(ConsoleText).Assembly);

    /// <summary>English, the console's own language.</summary>
    public static ConsoleText English { get; } = new(CultureInfo.InvariantCulture);

    /// <summary>The culture of the words, and of numbers written for people (3,5 in German); data stays invariant.</summary>
    public CultureInfo Culture { get; } = culture;

    /// <summary>A text with its arguments, numbers formatted for the person's culture.</summary>
    public string Format(string text, params object?[] arguments) => string.Format(Culture, text, arguments);

    /// <summary>A number for people: 3.5 in English, 3,5 in German.</summary>
    public string Number(double value) => value.ToString("0.##", Culture);

    /// <summary>A number for people in the given format (0.712 in English, 0,712 in German).</summary>
    public string Number(double value, string format) => value.ToString(format, Culture);

    /// <summary>Whether the words are the console's own English (no translation was chosen, or none fits).</summary>
    public bool IsEnglish => Culture.Equals(CultureInfo.InvariantCulture);

    /// <summary>A title inside a sentence: lower case in English ("take the intimacy profile again"), as it is in German.</summary>
    public string TitleInSentence(string title) => IsEnglish ? title.ToLowerInvariant() : title;

    public string WhoAreYouThinkingAbout => Get(nameof(WhoAreYouThinkingAbout));

    public string SafetyFirst => Get(nameof(SafetyFirst));

    public string MainStatements => Get(nameof(MainStatements));

    public string StatementsAreAbout => Get(nameof(StatementsAreAbout));

    public string StatementOf => Get(nameof(StatementOf));

    public string WelcomeBack => Get(nameof(WelcomeBack));

    public string ChoiceNotApplicable => Get(nameof(ChoiceNotApplicable));

    public string ChoiceSkip => Get(nameof(ChoiceSkip));

    public string ChoiceBack => Get(nameof(ChoiceBack));

    public string ChoiceSaveAndStop => Get(nameof(ChoiceSaveAndStop));

    public string YourPrivacy => Get(nameof(YourPrivacy));

    public string FileHoldsAnswersSoFar => Get(nameof(FileHoldsAnswersSoFar));

    public string SaveAnswersSoFarTo => Get(nameof(SaveAnswersSoFarTo));

    public string SavedAnswersSoFar => Get(nameof(SavedAnswersSoFar));

    public string PathPrompt => Get(nameof(PathPrompt));

    public string NotSaved => Get(nameof(NotSaved));

    public string AlreadyExists => Get(nameof(AlreadyExists));

    public string CouldNotSave => Get(nameof(CouldNotSave));

    public string YouCanStop => Get(nameof(YouCanStop));

    public string TypeSaveAnyway => Get(nameof(TypeSaveAnyway));

    public string SaveWord => Get(nameof(SaveWord));

    public string SaveResultTo => Get(nameof(SaveResultTo));

    public string SavedResult => Get(nameof(SavedResult));

    public string SaveResultQuestion => Get(nameof(SaveResultQuestion));

    public string BuildPlanQuestion => Get(nameof(BuildPlanQuestion));

    public string SavePlanTo => Get(nameof(SavePlanTo));

    public string SavedPlan => Get(nameof(SavedPlan));

    public string Note => Get(nameof(Note));

    public string FullerPicture => Get(nameof(FullerPicture));

    public string NotAnswered => Get(nameof(NotAnswered));

    public string Unscreened => Get(nameof(Unscreened));

    public string SupportFirstNothingElse => Get(nameof(SupportFirstNothingElse));

    public string NothingStandsOut => Get(nameof(NothingStandsOut));

    public string SomethingToTry => Get(nameof(SomethingToTry));

    public string WhatStandsOut => Get(nameof(WhatStandsOut));

    public string YourAnswers => Get(nameof(YourAnswers));

    public string HowToReadBands => Get(nameof(HowToReadBands));

    public string NotEnoughAnswers => Get(nameof(NotEnoughAnswers));

    public string RunWithExplain => Get(nameof(RunWithExplain));

    public string Minutes => Get(nameof(Minutes));

    public string ScoreOnScale => Get(nameof(ScoreOnScale));

    public string NoBands => Get(nameof(NoBands));

    public string Support => Get(nameof(Support));

    public string SupportFirst => Get(nameof(SupportFirst));

    public string Yes => Get(nameof(Yes));

    public string No => Get(nameof(No));

    // The command line and --help
    public string HelpRoot => Get(nameof(HelpRoot));

    public string HelpHelpOption => Get(nameof(HelpHelpOption));

    public string HelpVersionOption => Get(nameof(HelpVersionOption));

    public string HelpCulture => Get(nameof(HelpCulture));

    public string HelpPack => Get(nameof(HelpPack));

    public string HelpSupport => Get(nameof(HelpSupport));

    public string HelpRelationship => Get(nameof(HelpRelationship));

    public string HelpRequiredAssessment => Get(nameof(HelpRequiredAssessment));

    public string HelpInput => Get(nameof(HelpInput));

    public string HelpRowRelationship => Get(nameof(HelpRowRelationship));

    public string HelpTake => Get(nameof(HelpTake));

    public string HelpTakeAssessment => Get(nameof(HelpTakeAssessment));

    public string HelpAnswers => Get(nameof(HelpAnswers));

    public string HelpResultJson => Get(nameof(HelpResultJson));

    public string HelpExplain => Get(nameof(HelpExplain));

    public string HelpResume => Get(nameof(HelpResume));

    public string HelpScore => Get(nameof(HelpScore));

    public string HelpOutput => Get(nameof(HelpOutput));

    public string HelpFailFast => Get(nameof(HelpFailFast));

    public string HelpBands => Get(nameof(HelpBands));

    public string HelpFlags => Get(nameof(HelpFlags));

    public string HelpValidate => Get(nameof(HelpValidate));

    public string HelpPacks => Get(nameof(HelpPacks));

    public string HelpAnalyze => Get(nameof(HelpAnalyze));

    public string HelpAnalysisJson => Get(nameof(HelpAnalysisJson));

    public string HelpListwise => Get(nameof(HelpListwise));

    public string HelpMinAlpha => Get(nameof(HelpMinAlpha));

    public string MinAlphaAboveOne => Get(nameof(MinAlphaAboveOne));

    public string HelpContent => Get(nameof(HelpContent));

    public string HelpContentKind => Get(nameof(HelpContentKind));

    public string HelpContentId => Get(nameof(HelpContentId));

    public string HelpPlan => Get(nameof(HelpPlan));

    public string HelpPlanResult => Get(nameof(HelpPlanResult));

    public string HelpWeeks => Get(nameof(HelpWeeks));

    public string HelpDaysPerWeek => Get(nameof(HelpDaysPerWeek));

    public string HelpMinutes => Get(nameof(HelpMinutes));

    public string HelpIcs => Get(nameof(HelpIcs));

    public string HelpModes => Get(nameof(HelpModes));

    public string HelpCompare => Get(nameof(HelpCompare));

    public string HelpResultA => Get(nameof(HelpResultA));

    public string HelpResultB => Get(nameof(HelpResultB));

    public string HelpNames => Get(nameof(HelpNames));

    public string HelpProgress => Get(nameof(HelpProgress));

    public string HelpProgressResults => Get(nameof(HelpProgressResults));

    public string HelpFhir => Get(nameof(HelpFhir));

    public string HelpFhirExport => Get(nameof(HelpFhirExport));

    public string HelpExportAssessment => Get(nameof(HelpExportAssessment));

    public string HelpExportRelationship => Get(nameof(HelpExportRelationship));

    public string HelpImportResponse => Get(nameof(HelpImportResponse));

    public string HelpQuestionnaire => Get(nameof(HelpQuestionnaire));

    public string HelpResponse => Get(nameof(HelpResponse));

    public string HelpResponseRelationship => Get(nameof(HelpResponseRelationship));

    public string HelpExplainShort => Get(nameof(HelpExplainShort));

    public string HelpImportQuestionnaire => Get(nameof(HelpImportQuestionnaire));

    public string HelpWeightedQuestionnaire => Get(nameof(HelpWeightedQuestionnaire));

    // Errors and warnings
    public string ErrorLine => Get(nameof(ErrorLine));

    public string WarningLine => Get(nameof(WarningLine));

    public string Interrupted => Get(nameof(Interrupted));

    public string InterruptedTake => Get(nameof(InterruptedTake));

    public string InternalError => Get(nameof(InternalError));

    public string InternalErrorLog => Get(nameof(InternalErrorLog));

    public string NotALanguageTag => Get(nameof(NotALanguageTag));

    public string ParseNotWholeNumber => Get(nameof(ParseNotWholeNumber));

    public string ParseNotNumber => Get(nameof(ParseNotNumber));

    public string ParseNotMode => Get(nameof(ParseNotMode));

    public string ParseNotType => Get(nameof(ParseNotType));

    public string ParseRequired => Get(nameof(ParseRequired));

    public string ParseSingleValue => Get(nameof(ParseSingleValue));

    public string NoAssessment => Get(nameof(NoAssessment));

    public string NoRelationshipKind => Get(nameof(NoRelationshipKind));

    public string IsAFolder => Get(nameof(IsAFolder));

    public string NoSuchFile => Get(nameof(NoSuchFile));

    public string CannotRead => Get(nameof(CannotRead));

    public string NoFileName => Get(nameof(NoFileName));

    public string NotAFileName => Get(nameof(NotAFileName));

    public string IsAFolderForFile => Get(nameof(IsAFolderForFile));

    public string NoSuchFolder => Get(nameof(NoSuchFolder));

    public string ReadOnlyFile => Get(nameof(ReadOnlyFile));

    public string CannotWrite => Get(nameof(CannotWrite));

    public string InvalidPack => Get(nameof(InvalidPack));

    // Answers (take, take --resume)
    public string StandardInput => Get(nameof(StandardInput));

    public string NotText => Get(nameof(NotText));

    public string NotTextByte => Get(nameof(NotTextByte));

    public string NotTextUtf8 => Get(nameof(NotTextUtf8));

    public string NotTextCharacter => Get(nameof(NotTextCharacter));

    public string AnsweredTwice => Get(nameof(AnsweredTwice));

    public string FarOutsideAnyScale => Get(nameof(FarOutsideAnyScale));

    public string NotAWholeNumberAnswer => Get(nameof(NotAWholeNumberAnswer));

    public string ExpectedItemValue => Get(nameof(ExpectedItemValue));

    public string AnsweredAgain => Get(nameof(AnsweredAgain));

    public string NotAnAnswerNumber => Get(nameof(NotAnAnswerNumber));

    public string ResumeNotJson => Get(nameof(ResumeNotJson));

    public string ResumeNotObject => Get(nameof(ResumeNotObject));

    public string ResumeNotProgress => Get(nameof(ResumeNotProgress));

    public string ResumeNoAssessment => Get(nameof(ResumeNoAssessment));

    public string ResumeOtherVersion => Get(nameof(ResumeOtherVersion));

    public string ResumeNoRelationshipKind => Get(nameof(ResumeNoRelationshipKind));

    public string ResumeOtherLanguage => Get(nameof(ResumeOtherLanguage));

    public string ResumeAlone => Get(nameof(ResumeAlone));

    public string NoAnswersGiven => Get(nameof(NoAnswersGiven));

    public string NotATerminal => Get(nameof(NotATerminal));

    public string AnswersFileTooLarge => Get(nameof(AnswersFileTooLarge));

    public string InputTooLarge => Get(nameof(InputTooLarge));

    public string NothingScored => Get(nameof(NothingScored));

    public string SupportList => Get(nameof(SupportList));

    public string ResultHoldsSafetyAnswers => Get(nameof(ResultHoldsSafetyAnswers));

    public string NoSafetyScreen => Get(nameof(NoSafetyScreen));

    public string NoBand => Get(nameof(NoBand));

    public string LeansThisWay => Get(nameof(LeansThisWay));

    public string StandsOutForYou => Get(nameof(StandsOutForYou));

    public string ContactsFor => Get(nameof(ContactsFor));

    // content
    public string ColumnId => Get(nameof(ColumnId));

    public string ColumnCategory => Get(nameof(ColumnCategory));

    public string ColumnTitle => Get(nameof(ColumnTitle));

    public string ColumnDifficulty => Get(nameof(ColumnDifficulty));

    public string ColumnMode => Get(nameof(ColumnMode));

    public string ColumnMinutes => Get(nameof(ColumnMinutes));

    public string ColumnVersion => Get(nameof(ColumnVersion));

    public string ColumnItems => Get(nameof(ColumnItems));

    public string ModeSolo => Get(nameof(ModeSolo));

    public string ModeTogether => Get(nameof(ModeTogether));

    public string ModeJournal => Get(nameof(ModeJournal));

    public string ModeConversation => Get(nameof(ModeConversation));

    public string Signs => Get(nameof(Signs));

    public string Origins => Get(nameof(Origins));

    public string Steps => Get(nameof(Steps));

    public string ExerciseHeading => Get(nameof(ExerciseHeading));

    public string AssessmentHeading => Get(nameof(AssessmentHeading));

    public string ItemSafety => Get(nameof(ItemSafety));

    public string ItemUnscored => Get(nameof(ItemUnscored));

    public string ItemReverseKeyed => Get(nameof(ItemReverseKeyed));

    public string ItemOffersNotApplicable => Get(nameof(ItemOffersNotApplicable));

    public string UnknownContentKind => Get(nameof(UnknownContentKind));

    public string NoObstacle => Get(nameof(NoObstacle));

    public string NoExercise => Get(nameof(NoExercise));

    public string NoContentAssessment => Get(nameof(NoContentAssessment));

    // plan, compare and progress
    public string PlanOutOfRange => Get(nameof(PlanOutOfRange));

    public string NoPracticeWhileUnsafe => Get(nameof(NoPracticeWhileUnsafe));

    public string NoPracticeFits => Get(nameof(NoPracticeFits));

    public string PlanWeek => Get(nameof(PlanWeek));

    public string PlanCheckIn => Get(nameof(PlanCheckIn));

    public string SavedEvent => Get(nameof(SavedEvent));

    public string SavedEvents => Get(nameof(SavedEvents));

    public string NamesProblem => Get(nameof(NamesProblem));

    public string ResultTooLarge => Get(nameof(ResultTooLarge));

    public string HalfWayAnswers => Get(nameof(HalfWayAnswers));

    public string NotAResult => Get(nameof(NotAResult));

    public string TooFewResults => Get(nameof(TooFewResults));

    public string OtherAssessments => Get(nameof(OtherAssessments));

    public string OtherVersions => Get(nameof(OtherVersions));

    public string OtherLanguagesProgress => Get(nameof(OtherLanguagesProgress));

    public string OtherLanguagesCompare => Get(nameof(OtherLanguagesCompare));

    public string CompareSafetyNotice => Get(nameof(CompareSafetyNotice));

    // score and analyze
    public string OutputIsInput => Get(nameof(OutputIsInput));

    public string NoRowScored => Get(nameof(NoRowScored));

    public string MoreRejectedRows => Get(nameof(MoreRejectedRows));

    public string ScoringFile => Get(nameof(ScoringFile));

    public string FailFastStopped => Get(nameof(FailFastStopped));

    public string BatchSummary => Get(nameof(BatchSummary));

    public string OneRow => Get(nameof(OneRow));

    public string Rows => Get(nameof(Rows));

    public string UrgentRows => Get(nameof(UrgentRows));

    public string SafetyUnansweredRows => Get(nameof(SafetyUnansweredRows));

    public string RejectedSafetyRow => Get(nameof(RejectedSafetyRow));

    public string RejectedSafetyRows => Get(nameof(RejectedSafetyRows));

    public string ValueOutsideScale => Get(nameof(ValueOutsideScale));

    public string MoreInThisRow => Get(nameof(MoreInThisRow));

    public string MoreProblemRows => Get(nameof(MoreProblemRows));

    public string ItemAnalysisOf => Get(nameof(ItemAnalysisOf));

    public string ScaleAlpha => Get(nameof(ScaleAlpha));

    public string ColumnItem => Get(nameof(ColumnItem));

    public string ColumnMean => Get(nameof(ColumnMean));

    public string ColumnAlphaIfDropped => Get(nameof(ColumnAlphaIfDropped));

    public string WarningMarkup => Get(nameof(WarningMarkup));

    // validate and fhir
    public string PackValid => Get(nameof(PackValid));

    public string NotAKitAssessment => Get(nameof(NotAKitAssessment));

    public string ResponseDoesNotAnswer => Get(nameof(ResponseDoesNotAnswer));

    public string FhirTooLarge => Get(nameof(FhirTooLarge));

    public string NoFhirCompanion => Get(nameof(NoFhirCompanion));

    public string NoDotnet => Get(nameof(NoDotnet));

    public string HelpFreq => Get(nameof(HelpFreq));

    public string HelpNormsOut => Get(nameof(HelpNormsOut));

    public string HelpSample => Get(nameof(HelpSample));

    public string HelpDate => Get(nameof(HelpDate));

    public string HelpImpute => Get(nameof(HelpImpute));

    public string HelpNormsIn => Get(nameof(HelpNormsIn));

    public string SampleRequired => Get(nameof(SampleRequired));

    public string DateInvalid => Get(nameof(DateInvalid));

    public string NormsOptionsAlone => Get(nameof(NormsOptionsAlone));

    public string NormsWritten => Get(nameof(NormsWritten));

    public string NormsScale => Get(nameof(NormsScale));

    public string NormsRefused => Get(nameof(NormsRefused));

    public string NoNormsBuilt => Get(nameof(NoNormsBuilt));

    public string NormsForOther => Get(nameof(NormsForOther));

    public string NormsWithAnalysisOptions => Get(nameof(NormsWithAnalysisOptions));

    public string DateRequired => Get(nameof(DateRequired));

    public string FrequenciesOf => Get(nameof(FrequenciesOf));

    public string AlphaIntervals => Get(nameof(AlphaIntervals));

    public string ColumnStdAlphaIfDropped => Get(nameof(ColumnStdAlphaIfDropped));

    public string ImputedWith => Get(nameof(ImputedWith));

    public string ImputeMedian => Get(nameof(ImputeMedian));

    public string ImputeMean => Get(nameof(ImputeMean));

    public string ImputeNeedsFile => Get(nameof(ImputeNeedsFile));

    public string NoSafetyScreenNoHelp => Get(nameof(NoSafetyScreenNoHelp));

    public string UnscreenedNoResources => Get(nameof(UnscreenedNoResources));

    public string ImputeUnknown => Get(nameof(ImputeUnknown));

    public string MinAlphaNotNumber => Get(nameof(MinAlphaNotNumber));

    public string DateInFuture => Get(nameof(DateInFuture));

    public string NoRowsToAnalyze => Get(nameof(NoRowsToAnalyze));

    private string Get(string name) => Resources.GetString(name, Culture) ?? name;
}
