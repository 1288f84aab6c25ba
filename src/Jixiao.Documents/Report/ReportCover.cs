namespace Jixiao.Documents.Report;

/// <summary>The cover page: department, year and filing date (blank for the department to fill when not set), with room for the seal.</summary>
internal sealed record ReportCover(string Department, int Year, DateOnly? FilledOn)
{
    public string FilledOnText => FilledOn is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "　　　　年　　月　　日";
}
