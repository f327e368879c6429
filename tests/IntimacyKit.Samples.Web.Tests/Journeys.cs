using System.Net;
using AngleSharp.Html.Dom;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>What a person does, over HTTP: create an account, take an assessment screen by screen.</summary>
public static class Journeys
{
    public static async Task RegisterAsync(HttpClient client, string email, string password = "a long enough password")
    {
        var page = await client.GetPageAsync("/account/register");
        var response = await client.PostFormAsync(page, "/account/register", [new("Email", email), new("Password", password)]);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Takes an assessment: every safety statement answered with its lowest or highest answer, or skipped; every other
    /// statement with <paramref name="answer"/>; the safety statement <paramref name="highOnly"/>, if given, gets its highest. Returns the last response (the
    /// result page, or a redirect to it).
    /// </summary>
    public static async Task<HttpResponseMessage> TakeAsync(
        HttpClient client,
        string assessmentId,
        string kind,
        Safety safety,
        string answer,
        string? highOnly = null,
        Guid? pairing = null)
    {
        var page = await client.GetPageAsync(pairing is { } id ? $"/take/{assessmentId}?pairing={id}" : $"/take/{assessmentId}?RelationshipKind={kind}");
        while (true)
        {
            var isSafety = page.QuerySelector("#safety-heading") is not null;
            var radios = page.QuerySelectorAll("main form input[type=radio]").OfType<IHtmlInputElement>()
                .Where(static r => int.TryParse(r.Value, out _)).GroupBy(static r => r.Name!).ToList();
            var fields = new List<KeyValuePair<string, string>> { new("Nav", "next") };
            foreach (var item in radios)
            {
                string? value = !isSafety ? answer : item.Key == $"a[{highOnly}]" ? item.Last().Value : safety switch
                {
                    Safety.Lowest => item.First().Value,
                    Safety.Highest => item.Last().Value,
                    _ => null,
                };
                if (value is not null)
                {
                    fields.Add(new(item.Key, value));
                }
            }

            var response = await client.PostFormAsync(page, $"/take/{assessmentId}", fields, "main form.answers");
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains("name=\"Step\"", StringComparison.Ordinal))
            {
                return response;
            }

            page = Forms.Parse(html);
        }
    }
}

/// <summary>How the safety statements are answered: as someone safe, as someone at risk, or not at all.</summary>
public enum Safety
{
    Lowest,
    Highest,
    Skipped,
}
