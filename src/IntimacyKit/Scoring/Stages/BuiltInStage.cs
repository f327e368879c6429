namespace IntimacyKit.Scoring.Stages;

/// <summary>A built-in stage: knows which stages must run before it.</summary>
internal abstract class BuiltInStage(string name, params string[] requires) : ScoringStage(name)
{
    public string[] Requires { get; } = requires;
}
