namespace IntimacyKit.Content;

/// <summary>How an exercise is done.</summary>
public enum ExerciseMode
{
    /// <summary>Alone, in thought or action. JSON: <c>solo</c>.</summary>
    Solo = 1,

    /// <summary>With the other person, doing something side by side. JSON: <c>together</c>.</summary>
    Together = 2,

    /// <summary>Writing, alone. JSON: <c>journal</c>.</summary>
    Journal = 3,

    /// <summary>A structured talk with the other person. JSON: <c>conversation</c>.</summary>
    Conversation = 4,
}
