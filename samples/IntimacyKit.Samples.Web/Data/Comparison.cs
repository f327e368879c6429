namespace IntimacyKit.Samples.Web.Data;

/// <summary>Where one comparison in a pairing stands for one of its two people.</summary>
/// <param name="AssessmentId">The assessment compared.</param>
/// <param name="Mine">Rounds this person has finished.</param>
/// <param name="Theirs">Rounds the other person has finished.</param>
/// <param name="Revealed">The newest round both have finished (0 for none): the one the report shows.</param>
/// <param name="MyResultId">This person's result in that round.</param>
/// <param name="TheirResultId">The other's result in that round.</param>
public sealed record Comparison(string AssessmentId, int Mine, int Theirs, int Revealed, Guid? MyResultId, Guid? TheirResultId)
{
    /// <summary>Whether this person can answer now: not while they wait for the other to finish their round.</summary>
    public bool CanAnswer => Mine <= Theirs;

    /// <summary>Whether the other person has answered a round this person has not.</summary>
    public bool TheirTurnDone => Theirs > Mine;
}
