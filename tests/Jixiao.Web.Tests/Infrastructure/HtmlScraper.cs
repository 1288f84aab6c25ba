using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// Reads what a browser would from the server-rendered pages: a form's fields in document order as it would post
/// them, the antiforgery token, an input's value and the error beside it. Razor writes regular HTML (quoted
/// attributes, &lt; and &gt; always encoded inside values), which patterns read reliably.
/// </summary>
internal static partial class HtmlScraper
{
    public const string TokenName = "__RequestVerificationToken";

    /// <summary>The antiforgery token of the page's first form.</summary>
    public static string Token(string html) =>
        Attributes(TokenInput().Match(html) is { Success: true } m ? m.Groups["a"].Value : throw new InvalidOperationException("The page has no antiforgery token."))
            .GetValueOrDefault("value") ?? "";

    /// <summary>The fields the form with this id posts: inputs (checked boxes only), textareas and selects.</summary>
    public static FormFields Form(string html, string formId)
    {
        var form = FormElement().Matches(html).FirstOrDefault(m => Attributes(m.Groups["a"].Value).GetValueOrDefault("id") == formId)
            ?? throw new InvalidOperationException($"The page has no form with id “{formId}”.");
        var fields = new FormFields();
        foreach (Match m in Control().Matches(form.Groups["body"].Value))
        {
            var a = Attributes(m.Groups["a"].Value);
            if (a.GetValueOrDefault("name") is not { Length: > 0 } name)
                continue;
            if (m.Value.StartsWith("<textarea", StringComparison.Ordinal))
            {
                fields.Add(name, WebUtility.HtmlDecode(m.Groups["text"].Value));
            }
            else if (m.Value.StartsWith("<select", StringComparison.Ordinal))
            {
                var options = Option().Matches(m.Groups["options"].Value).Select(o => Attributes(o.Groups["a"].Value)).ToList();
                var chosen = options.FirstOrDefault(o => o.ContainsKey("selected")) ?? options.FirstOrDefault();
                fields.Add(name, chosen?.GetValueOrDefault("value") ?? "");
            }
            else
            {
                var type = a.GetValueOrDefault("type") ?? "text";
                if (type is "submit" or "button" or "image" or "reset" or "file")
                    continue;
                if (type is "checkbox" or "radio" && !a.ContainsKey("checked"))
                    continue;
                fields.Add(name, a.GetValueOrDefault("value") ?? (type is "checkbox" or "radio" ? "on" : ""));
            }
        }
        return fields;
    }

    /// <summary>
    /// The value of the first input with this name, decoded, as a browser would read it ("" when it has no value
    /// attribute); null when the page has no such input.
    /// </summary>
    public static string? InputValue(string html, string name) =>
        Control().Matches(html).Where(m => m.Value.StartsWith("<input", StringComparison.Ordinal)).Select(m => Attributes(m.Groups["a"].Value))
            .FirstOrDefault(a => a.GetValueOrDefault("name") == name) is { } input ? input.GetValueOrDefault("value") ?? "" : null;

    /// <summary>The text of the error element beside the field with this element id (id-err), decoded.</summary>
    public static string? FieldError(string html, string inputId)
    {
        var m = Regex.Match(html, $"<span class=\"field-error\" id=\"{Regex.Escape(inputId)}-err\"[^>]*>(?<text>.*?)</span>", RegexOptions.Singleline);
        return m.Success ? WebUtility.HtmlDecode(m.Groups["text"].Value).Trim() : null;
    }

    /// <summary>The attributes of a tag, values decoded; a bare attribute maps to "".</summary>
    public static Dictionary<string, string> Attributes(string tagInside)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Attribute().Matches(tagInside))
            result.TryAdd(m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value));
        return result;
    }

    [GeneratedRegex("<input\\b(?<a>[^>]*\\bname=\"__RequestVerificationToken\"[^>]*)>")]
    private static partial Regex TokenInput();

    [GeneratedRegex("<form\\b(?<a>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("<input\\b(?<a>[^>]*)>|<textarea\\b(?<a>[^>]*)>(?<text>.*?)</textarea>|<select\\b(?<a>[^>]*)>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Control();

    [GeneratedRegex("<option\\b(?<a>[^>]*)>")]
    private static partial Regex Option();

    [GeneratedRegex("(?<name>[A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*\"(?<value>[^\"]*)\")?")]
    private static partial Regex Attribute();
}
