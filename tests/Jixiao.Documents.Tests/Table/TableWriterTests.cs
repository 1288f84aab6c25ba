using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Documents.Table;
using Jixiao.Documents.Tests.Report;

namespace Jixiao.Documents.Tests.Table;

public sealed class TableWriterTests
{
    public static TheoryData<string> AllSamples => new(Samples.Names);

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Xlsx_passes_the_OpenXml_validator(string sample)
    {
        using var document = SpreadsheetDocument.Open(GeneratedDocuments.Of(sample).Xlsx, false);
        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        errors.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Xlsx_prints_on_A4_fitted_to_the_page_width(string sample)
    {
        var sheet = XlsxSheet.Read(GeneratedDocuments.Of(sample).Xlsx);
        sheet.PageSetup!.PaperSize!.Value.ShouldBe(9u);
        sheet.PageSetup.FitToWidth!.Value.ShouldBe(1u);
        sheet.PageSetup.FitToHeight!.Value.ShouldBe(0u);
        sheet.FitToPage.ShouldBeTrue();
        sheet.PrintArea.ShouldNotBeNull().ShouldStartWith("'自评表'!$A$1:$");
        sheet.FullCalcOnLoad.ShouldBeTrue();
    }

    [Fact]
    public void National_layout_keeps_rates_scores_and_totals_live()
    {
        var sheet = XlsxSheet.Read(GeneratedDocuments.Of(Samples.Named("002")).Xlsx);
        foreach (var header in new[] { "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度总体目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施" })
            sheet.Find(header);
        var total = sheet.Find("年度资金总额");
        sheet.Right(total, 2).Number.ShouldBe(3156.9m);
        sheet.Right(total, 2).Format.ShouldBe("#,##0.00");
        var rate = sheet.Right(total, 5);
        rate.Formula.ShouldBe($"D{total.Row}/C{total.Row}");
        rate.Number.ShouldBe(3151.09m / 3156.9m, 0.0000001m);
        rate.Format.ShouldBe("0.00%"); // one precision for every rate: the scheme's, else two places
        var score = sheet.Right(total, 6);
        score.Formula.ShouldBe($"ROUND(MIN(F{total.Row},1)*E{total.Row},2)");
        score.Number.ShouldBe(9.98m);

        var sum = sheet.Right(sheet.Find("总分"), 6);
        sum.Formula.ShouldNotBeNull().ShouldStartWith("SUM(");
        sum.Number.ShouldBe(99.98m);
        var grade = sheet.Right(sheet.Find("评级"), 6);
        grade.Formula.ShouldNotBeNull().ShouldStartWith($"IF({sum.Reference}>=90,\"优\"");
        grade.Text.ShouldBe("优");
    }

    [Fact]
    public void National_layout_writes_an_implied_basic_budget_as_a_formula()
    {
        var sheet = XlsxSheet.Read(GeneratedDocuments.Of(Samples.Named("000")).Xlsx);
        var basic = sheet.Right(sheet.Find("其中：基本支出"), 2);
        basic.Formula.ShouldNotBeNull().ShouldContain("-");
        basic.Number.ShouldBe(2417.78m);
        // The indicators are not listed, so their scores are not shown, and a total would not be the sum of what is:
        // 总分 and 评级 stay empty (the department's 91.5 stands in its conclusion), and no note speaks for the system.
        var sum = sheet.Right(sheet.Find("总分"), 6);
        sum.Formula.ShouldBeNull();
        sum.Text.ShouldBe("");
        sheet.Right(sheet.Find("评级"), 6).Text.ShouldBe("");
        sheet.Cells.Values.ShouldNotContain(c => c.Text.Contains("重算", StringComparison.Ordinal) || c.Text.Contains("无法", StringComparison.Ordinal) || c.Text.Contains("缺少", StringComparison.Ordinal));
    }

    [Fact]
    public void Guangzhou_2021_layout_follows_seed_001()
    {
        var sheet = XlsxSheet.Read(GeneratedDocuments.Of(Samples.Named("001")).Xlsx);
        foreach (var header in new[] { "部门名称", "部门资金情况", "资金来源", "年初预算数", "预算调整数", "实际支出数", "预算完成率", "预算调整率", "年度目标",
            "部门整体支出的预期目标", "部门整体支出的目标完成情况", "主要任务", "年初预期目标", "目标完成情况", "关键指标", "计算公式或指标内容", "预期实现值", "指标完成情况", "任务涉及资金", "存在问题", "改进措施" })
            sheet.Find(header);
        var total = sheet.Find("合计");
        sheet.Right(total, 1).Number.ShouldBe(6211.89m);
        sheet.Right(total, 1).Formula.ShouldNotBeNull().ShouldStartWith("SUM(");
        sheet.Right(total, 2).Number.ShouldBe(327.17m);
        var completion = sheet.Right(total, 4);
        completion.Formula.ShouldBe($"E{total.Row}/(C{total.Row}+D{total.Row})");
        completion.Number.ShouldBe(5840.18m / 6539.06m, 0.0000001m);
        completion.Format.ShouldBe("0.00%");
        var adjustment = sheet.Right(total, 6);
        adjustment.Formula.ShouldBe($"D{total.Row}/C{total.Row}");
        adjustment.Number.ShouldBe(327.17m / 6211.89m, 0.0000001m);

        var task = sheet.Find("任务1");
        sheet.Right(task, 7).Number.ShouldBe(3.13m);
        sheet.Merges.ShouldContain(m => m.StartsWith(task.Reference + ":", StringComparison.Ordinal));
        sheet.Find("花市档位出租率");
        sheet.Find("800 m²");
        sheet.Cells.Values.ShouldNotContain(c => c.Text == "分值" || c.Text == "得分");
    }

    [Fact]
    public void Printed_pages_repeat_the_column_headers_and_never_split_a_task()
    {
        // Seed 001's table runs to several landscape pages: the task header repeats, and each task with its
        // indicators (a merged block) starts a page rather than breaking across one.
        var sheet = XlsxSheet.Read(GeneratedDocuments.Of(Samples.Named("001")).Xlsx);
        var header = sheet.Find("关键指标");
        sheet.PrintTitles.ShouldBe($"'自评表'!${header.Row}:${header.Row}");
        sheet.RowBreaks.ShouldNotBeEmpty();
        var tasks = sheet.Merges.Where(m => m.StartsWith('B') && m.Contains(":B", StringComparison.Ordinal))
            .Select(m => m.Split(':').Select(r => int.Parse(r[1..], System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        tasks.ShouldNotBeEmpty();
        foreach (var brk in sheet.RowBreaks)
            tasks.ShouldNotContain(t => t[0] <= brk && brk < t[1], $"page break after row {brk} splits a task");
    }

    [Fact]
    public void A_draft_table_says_so_in_its_printed_header()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("003"));
        var path = Path.Combine(TestOutput.Fresh("draft-xlsx"), "draft.xlsx");
        TableWriter.WriteXlsx(evaluation, scheme, path, draft: true);
        XlsxSheet.Read(path).Header.ShouldContain("草稿");
        XlsxSheet.Read(GeneratedDocuments.Of(Samples.Named("003")).Xlsx).Header.ShouldNotContain("草稿");
    }

    [Fact]
    public void Regional_columns_come_from_the_scheme()
    {
        var sheet = XlsxSheet.Read(GeneratedDocuments.Of(Samples.Named("004")).Xlsx);
        sheet.Find("部门整体支出绩效评价指标评分表");
        sheet.Find("评分依据");
        sheet.Find("投入");
        sheet.Find("绩效目标合理性");
        sheet.Find("在职人员控制率");
    }

    [Fact]
    public void Every_layout_the_schemes_name_is_written()
    {
        foreach (var scheme in Samples.Catalog.All)
            TableWriter.Layouts.ShouldContain(scheme.Table?.Layout ?? "national-2020");
    }
}
