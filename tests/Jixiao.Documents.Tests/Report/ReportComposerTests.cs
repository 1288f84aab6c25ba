using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Report;

namespace Jixiao.Documents.Tests.Report;

public sealed class ReportComposerTests
{
    /// <summary>Each sample under its own scheme, and a report sample under every other outline (national default, Hunan, Sichuan …).</summary>
    public static TheoryData<string, string> SampleAndScheme()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Samples.Names)
            data.Add(name, Samples.Load(name).Scheme.Id);
        foreach (var scheme in Samples.Catalog.All.Select(s => s.Id).Order(StringComparer.Ordinal))
            data.Add(Samples.Named("002"), scheme);
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleAndScheme))]
    public void Every_required_section_heading_is_written_in_outline_order(string sample, string schemeId)
    {
        var (evaluation, scheme) = Samples.Load(sample, schemeId);
        var report = Compose(evaluation, scheme);
        var headings = report.Blocks.OfType<ReportHeading>().Select(h => h.Text).ToList();
        Subsequence(headings, RequiredTitles(scheme)).ShouldBeTrue($"headings: {string.Join(" | ", headings)}");
    }

    [Fact]
    public void Title_names_year_and_department()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("002"));
        Compose(evaluation, scheme).Title.ShouldBe("2023 年度广州市花都区人民政府办公室部门整体支出绩效自评报告");
    }

    [Fact]
    public void Figures_sentence_goes_in_the_section_that_lists_the_figures_and_only_once()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("000"));
        var report = Compose(evaluation, scheme);
        var section = Section(report, "（三）部门整体收支情况");
        section[0].ShouldStartWith("2022 年度全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%");
        // The narrative restates the same sentence word for word: it is written once.
        AllText(report).Split("全年预算数 6,612.3 万元").Length.ShouldBe(2);
    }

    [Fact]
    public void Conclusion_comes_from_the_score_card_when_the_evaluation_can_be_scored()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("002"));
        var section = Section(Compose(evaluation, scheme), "（一）自评结论");
        section[0].ShouldBe("广州市花都区人民政府办公室 2023 年度部门整体支出绩效自评得分 99.98 分，评级为“优”。");
    }

    [Fact]
    public void A_stated_score_that_cannot_be_recomputed_is_marked_so()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("000"));
        var section = Section(Compose(evaluation, scheme), "（一）自评结论综述");
        section[0].ShouldStartWith("广州市花都区机关事务管理局 2022 年度部门整体支出绩效自评得分 91.5 分，评级为“优”（系统无法按评分方案重算");
    }

    [Fact]
    public void Without_figure_sections_the_figures_open_the_first_section_and_the_conclusion_joins_the_score_table()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("004"));
        var report = Compose(evaluation, scheme);
        Section(report, "一、部门概况")[0].ShouldStartWith("2021 年度年初预算数 2,927.88 万元");
        var appendix = Section(report, "附表：部门整体支出绩效评价指标评分表");
        appendix[0].ShouldContain("芙蓉区机关事务中心 2021 年度部门整体支出绩效自评得分无法计算");
    }

    [Fact]
    public void Score_table_ends_with_total_and_grade()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("002"));
        var table = Compose(evaluation, scheme).Blocks.OfType<ReportTable>().Single();
        table.Columns.Select(c => c.Title).ShouldBe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
        table.Rows[^2].Cells.ShouldContain("99.98");
        table.Rows[^1].Cells.ShouldContain("优");
        table.Rows.ShouldContain(r => r.Cells[0] == "预算执行率" && r.Cells[6] == "9.98");
    }

    [Fact]
    public void Cover_carries_department_year_and_filing_date()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("002"));
        var cover = ReportComposer.Compose(evaluation, scheme, ScoringEngine.Score(evaluation, scheme), GeneratedDocuments.Options).Cover!;
        cover.Department.ShouldBe("广州市花都区人民政府办公室");
        cover.FilledOnText.ShouldBe("2024 年 3 月 31 日");
        ReportComposer.Compose(evaluation, scheme, ScoringEngine.Score(evaluation, scheme), new ReportOptions { Cover = false }).Cover.ShouldBeNull();
    }

    internal static ReportDocument Compose(Core.Evaluations.Evaluation evaluation, Scheme scheme) =>
        ReportComposer.Compose(evaluation, scheme, ScoringEngine.Score(evaluation, scheme), GeneratedDocuments.Options);

    internal static List<string> RequiredTitles(Scheme scheme) =>
        scheme.Outline.Sections.SelectMany(s => s.SelfAndDescendants()).Where(s => s.Required).Select(s => s.Title).ToList();

    /// <summary>True when every item of <paramref name="wanted"/> appears in <paramref name="all"/>, in the same order.</summary>
    internal static bool Subsequence(IReadOnlyList<string> all, IReadOnlyList<string> wanted)
    {
        var at = 0;
        foreach (var item in all)
        {
            if (at < wanted.Count && item == wanted[at])
                at++;
        }
        return at == wanted.Count;
    }

    /// <summary>The paragraphs between a heading and the next heading.</summary>
    private static List<string> Section(ReportDocument report, string heading)
    {
        var result = new List<string>();
        var inside = false;
        foreach (var block in report.Blocks)
        {
            if (block is ReportHeading h)
            {
                if (inside)
                    break;
                inside = h.Text == heading;
            }
            else if (inside && block is ReportParagraph p)
            {
                result.Add(p.Text);
            }
        }
        inside.ShouldBeTrue($"no heading {heading}");
        return result;
    }

    private static string AllText(ReportDocument report) =>
        string.Join("\n", report.Blocks.OfType<ReportParagraph>().Select(p => p.Text));
}
