namespace IntimacyKit.Content;

/// <summary>How much an exercise asks of a person.</summary>
public enum Difficulty
{
    /// <summary>A gentle first step. JSON: <c>1</c>.</summary>
    Gentle = 1,

    /// <summary>A steady, moderate step. JSON: <c>2</c>.</summary>
    Steady = 2,

    /// <summary>A stretching step that takes courage. JSON: <c>3</c>.</summary>
    Stretching = 3,
}
