namespace IntimacyKit.Scoring;

/// <summary>Whether the pipeline goes on after a stage.</summary>
public enum StageFlow
{
    /// <summary>Run the next stage.</summary>
    Continue = 0,

    /// <summary>End the pipeline here; later stages do not run and <see cref="AssessmentResult.StoppedAfter"/> names this stage.</summary>
    Stop = 1,
}
