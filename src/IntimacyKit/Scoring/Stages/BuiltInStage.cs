namespace IntimacyKit.Scoring.Stages;

/// <summary>A built-in stage: a stage like any other, with the names of those that must run before it.</summary>
internal abstract class BuiltInStage(string name, params string[] requires) : ScoringStage(name, requires);
