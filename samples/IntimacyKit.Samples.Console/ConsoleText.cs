using System.Globalization;
using System.Resources;

namespace IntimacyKit.Samples.Console;

/// <summary>
/// The words the console itself says to a person (prompts, headings, choices), from Resources/ConsoleText.resx and its
/// translations (ConsoleText.de.resx), in the culture the person chose (<c>--culture</c>, else <c>LANG</c>). Content
/// (statements, labels, results) comes from the pack in that culture; errors and <c>--help</c> stay in English, for
/// the people who script the tool.
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

    private string Get(string name) => Resources.GetString(name, Culture) ?? name;
}
