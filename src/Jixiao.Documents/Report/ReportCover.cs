namespace Jixiao.Documents.Report;

/// <summary>The cover page: department, year and filing date, with room left for the seal.</summary>
internal sealed record ReportCover(string Department, int Year, DateOnly FilledOn)
{
    public string FilledOnText => $"{FilledOn.Year} 年 {FilledOn.Month} 月 {FilledOn.Day} 日";
}
