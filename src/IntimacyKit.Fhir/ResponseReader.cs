using System.Globalization;
using Hl7.Fhir.Model;
using IntimacyKit.Scoring;

namespace IntimacyKit.Fhir;

/// <summary>
/// Reads the answers of a response to an imported questionnaire, in the questionnaire's own codes: each weighted item's
/// answer becomes its weight, under the statement id the import gave the item.
/// </summary>
internal sealed class ResponseReader(
    Dictionary<string, WeightedItem> weighted,
    Dictionary<string, Questionnaire.ItemComponent> declared,
    int maxDepth)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public List<Answer> Answers { get; } = [];

    public List<FhirProblem> Problems { get; } = [];

    public List<FhirProblem> Warnings { get; } = [];

    public void Walk(List<QuestionnaireResponse.ItemComponent> items, string path, int depth)
    {
        if (depth > maxDepth)
        {
            Problems.Add(new FhirProblem(path, $"Items nest deeper than {maxDepth} levels."));
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var at = $"{path}.item[{i}]";
            if (string.IsNullOrEmpty(item.LinkId) || !declared.TryGetValue(item.LinkId, out var question))
            {
                Problems.Add(new FhirProblem($"{at}.linkId", string.IsNullOrEmpty(item.LinkId)
                    ? "Missing: every item names the question it answers."
                    : $"'{item.LinkId}' is not an item of the questionnaire."));
            }
            else if (!_seen.Add(item.LinkId))
            {
                Problems.Add(new FhirProblem($"{at}.linkId", $"'{item.LinkId}' is answered more than once."));
            }
            else if (weighted.TryGetValue(item.LinkId, out var scored))
            {
                Read(scored, item, at);
            }
            else if (question.Type is Questionnaire.QuestionnaireItemType.Choice && item.Answer.Count > 0)
            {
                Warnings.Add(new FhirProblem($"{at}.answer", $"'{item.LinkId}' has no weights in the questionnaire: its answer is not scored."));
            }

            // A group's items, and any items under an answer, are walked too; other answers (a calculated total, free text) are not scored.
            Walk(item.Item, at, depth + 1);
            for (var a = 0; a < item.Answer.Count; a++)
            {
                Walk(item.Answer[a].Item, $"{at}.answer[{a}]", depth + 1);
            }
        }
    }

    private void Read(WeightedItem scored, QuestionnaireResponse.ItemComponent item, string at)
    {
        var id = FhirQuestionnaireImporter.Id(scored.LinkId);
        if (item.Answer.Count == 0)
        {
            Answers.Add(Answer.Skipped(id));
            return;
        }

        if (item.Answer.Count > 1)
        {
            Problems.Add(new FhirProblem($"{at}.answer", "A question of a sum score takes one answer."));
            return;
        }

        var value = item.Answer[0].Value;
        if (scored.Options.FirstOrDefault(o => o.Key.Matches(value)) is { } option)
        {
            Answers.Add(new Answer(id, decimal.ToInt32(option.Weight)));
            return;
        }

        var given = AnswerKey.Of(value);
        var allowed = string.Join(", ", scored.Options.Select(static o => $"'{o.Key.Code}'"));
        if (given.Code is not null && given.IsCoding != scored.Options[0].Key.IsCoding)
        {
            Problems.Add(new FhirProblem(
                $"{at}.answer[0]",
                $"Should be a {(scored.Options[0].Key.IsCoding ? "valueCoding" : "value of the kind the questionnaire offers")} for '{scored.LinkId}': "
                    + $"allowed {allowed}."));
            return;
        }

        Problems.Add(new FhirProblem(
            $"{at}.answer[0]",
            given.Code is null
                ? $"Should be one of the answers the questionnaire offers for '{scored.LinkId}': {allowed}."
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{Truncate(given.ToString())}' is not an answer the questionnaire offers for '{scored.LinkId}': allowed {allowed}.")));
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
