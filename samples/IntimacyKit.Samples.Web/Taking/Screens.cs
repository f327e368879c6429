using IntimacyKit.Content;
using IntimacyKit.Scoring;

namespace IntimacyKit.Samples.Web.Taking;

/// <summary>
/// How an assessment is asked on the web: the safety statements first, on a screen of their own after their preface,
/// then the main statements a few at a time. Answers travel with the form (<c>a[item]</c>: a number, <c>skip</c> or
/// <c>na</c>), so nothing is stored until the person saves a result.
/// </summary>
public sealed class Screens
{
    /// <summary>Statements per screen after the safety screen.</summary>
    public const int PerScreen = 6;

    public const string Skip = "skip";
    public const string NotApplicable = "na";

    private Screens(Assessment assessment, ResponseScale scale, IReadOnlyList<IReadOnlyList<AssessmentItem>> all)
    {
        Assessment = assessment;
        Scale = scale;
        All = all;
    }

    public Assessment Assessment { get; }

    public ResponseScale Scale { get; }

    public IReadOnlyList<IReadOnlyList<AssessmentItem>> All { get; }

    public int Count => All.Count;

    public static Screens For(ContentCatalog catalog, Assessment assessment)
    {
        var all = new List<IReadOnlyList<AssessmentItem>>();
        if (assessment.SafetyItemCount > 0)
        {
            all.Add(assessment.Items[..assessment.SafetyItemCount]);
        }

        var rest = assessment.Items[assessment.SafetyItemCount..];
        for (var i = 0; i < rest.Length; i += PerScreen)
        {
            all.Add(rest.Slice(i, Math.Min(PerScreen, rest.Length - i)));
        }

        return new Screens(assessment, catalog.GetResponseScale(assessment.ResponseScale), all);
    }

    /// <summary>Whether screen <paramref name="index"/> is the safety screen.</summary>
    public bool IsSafety(int index) => index == 0 && Assessment.SafetyItemCount > 0;

    /// <summary>
    /// Checks the answers the form carries: every key an item of this assessment, every value a number on its scale,
    /// <c>skip</c>, or <c>na</c> where the item offers "Does not apply". Returns the problems, each naming its item, for
    /// the page to say in the person's language.
    /// </summary>
    public List<Phrase> Check(ContentCatalog catalog, IReadOnlyDictionary<string, string> answers)
    {
        var problems = new List<Phrase>();
        foreach (var (id, value) in answers)
        {
            if (!Assessment.TryGetItem(id, out var item))
            {
                problems.Add(new Phrase("'{0}' is not a statement of this check.", id));
            }
            else if (value == NotApplicable && !item.OffersNotApplicable)
            {
                problems.Add(new Phrase("'{0}' does not offer \"Does not apply\".", id));
            }
            else if (value is not (Skip or NotApplicable) && !(int.TryParse(
                value,
                out var number) && catalog.GetResponseScale(Assessment, item).Contains(number)))
            {
                problems.Add(new Phrase("'{0}': '{1}' is not one of the answers offered.", id, value));
            }
        }

        return problems;
    }

    /// <summary>The response, in the assessment's order; statements never reached are missing.</summary>
    public AssessmentResponse Response(string relationshipKind, IReadOnlyDictionary<string, string> answers, DateTimeOffset completedAt)
    {
        var list = new List<Answer>();
        foreach (var item in Assessment.Items)
        {
            if (answers.TryGetValue(item.Id, out var value))
            {
                list.Add(value switch
                {
                    Skip => Answer.Skipped(item.Id),
                    NotApplicable => Answer.NotApplicable(item.Id),
                    _ => new Answer(item.Id, int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)),
                });
            }
        }

        return new AssessmentResponse(Assessment.Id, Assessment.Version, relationshipKind, list, completedAt);
    }
}
