using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IntimacyKit.Samples.Web.Tests;

/// <summary>A small form-filling browser over HttpClient: reads a page, fills its form, posts it with its antiforgery token.</summary>
public static class Forms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url} should show the page");
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Posts the page's form (the one with <paramref name="selector"/>): its hidden fields, then <paramref name="fields"/>, which replace hidden
    /// ones of the same name.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IHtmlDocument page, string action, IEnumerable<KeyValuePair<string, string>> fields, string selector = "main form[method=post]")
    {
        var form = page.QuerySelectorAll(selector).OfType<IHtmlFormElement>().First();
        var given = fields.ToList();
        var values = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => i.Name is not null && !given.Any(f => f.Key == i.Name))
            .Select(static i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(given)
            .ToList();
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
