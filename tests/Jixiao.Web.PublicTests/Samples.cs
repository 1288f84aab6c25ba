using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Web.PublicTests;

/// <summary>The repository's sample evaluations (copied beside the tests) and what the tests read from pages.</summary>
internal static partial class Samples
{
    /// <summary>The text of the sample whose file name starts with <paramref name="prefix"/> ("000").</summary>
    public static string Text(string prefix) =>
        File.ReadAllText(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"), prefix + "_*.yaml").Single());

    /// <summary>The sample filed as another department and year.</summary>
    public static string Rewrite(string prefix, string department, int year)
    {
        var text = DepartmentLine().Replace(Text(prefix), $"department: {department}", 1);
        return YearLine().Replace(text, $"year: {year}", 1);
    }

    /// <summary>A page's text as a reader sees it: the encoder writes Chinese as character references.</summary>
    public static string Decoded(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("^department: .*$", RegexOptions.Multiline)]
    private static partial Regex DepartmentLine();

    [GeneratedRegex("^year: .*$", RegexOptions.Multiline)]
    private static partial Regex YearLine();
}
