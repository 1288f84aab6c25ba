using System.Globalization;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Report;

namespace Jixiao.Documents.Tests.Report;

public sealed class ReportComposerTests
{
    /// <summary>Words that speak about the system or stand in for missing content: they never belong in a filed report.</summary>
    private static readonly string[] SystemWording =
        ["系统无法", "无法计算", "无法评分", "无法评价", "无法重算", "按评分方案重算", "暂不评级", "部门未填写", "未填报", "缺少", "缺失", "平分", "按比例计分"];

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

    /// <summary>Every sample under every scheme.</summary>
    public static TheoryData<string, string> EverySampleAndScheme()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Samples.Names)
        {
            foreach (var scheme in Samples.Catalog.All.Select(s => s.Id).Order(StringComparer.Ordinal))
                data.Add(name, scheme);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EverySampleAndScheme))]
    public void No_paragraph_is_written_twice(string sample, string schemeId)
    {
        var (evaluation, scheme) = Samples.Load(sample, schemeId);
        var paragraphs = Compose(evaluation, scheme).Blocks.OfType<ReportParagraph>()
            .Select(p => ReportText.Comparable(p.Lead + p.Text))
            .Where(p => p.Length >= ReportText.RepeatableLength)
            .ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            for (var j = 0; j < paragraphs.Count; j++)
            {
                if (i != j)
                    paragraphs[j].Contains(paragraphs[i], StringComparison.Ordinal).ShouldBeFalse($"written twice: {paragraphs[i]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EverySampleAndScheme))]
    public void No_system_wording_or_placeholder_in_the_deliverable(string sample, string schemeId)
    {
        var (evaluation, scheme) = Samples.Load(sample, schemeId);
        var text = AllText(Compose(evaluation, scheme));
        foreach (var word in SystemWording)
            text.ShouldNotContain(word, Case.Sensitive, $"{sample} under {schemeId}");
    }

    [Fact]
    public void A_rate_the_department_rounds_coarser_reads_at_the_documents_precision_everywhere()
    {
        // Sample 000 writes "完成预算数的 94.5%"; 6,247.8 ÷ 6,612.3 = 94.4876…%, 94.49% at the scheme's two places.
        var (evaluation, scheme) = Samples.Load(Samples.Named("000"));

        var text = AllText(Compose(evaluation, scheme));

        text.ShouldContain("完成预算数的94.49%");
        text.ShouldNotContain("94.5%");
    }

    [Theory]
    [MemberData(nameof(EverySampleAndScheme))]
    public void A_total_in_the_appendix_is_the_sum_of_the_scores_it_shows(string sample, string schemeId)
    {
        var (evaluation, scheme) = Samples.Load(sample, schemeId);
        var table = Compose(evaluation, scheme).Blocks.OfType<ReportTable>().Single();
        var scoreColumn = -1;
        var shown = 0m;
        foreach (var row in table.Rows)
        {
            var cells = row.Cells;
            var at = Array.FindIndex(cells.ToArray(), c => c?.Text == "得分");
            if (at >= 0)
            {
                scoreColumn = at;
                continue;
            }
            if (cells[0]?.Text == "总分")
            {
                var total = cells[scoreColumn]!.Text;
                if (total.Length > 0)
                    decimal.Parse(total, CultureInfo.InvariantCulture).ShouldBe(shown, $"{sample} under {schemeId}");
                return;
            }
            if (scoreColumn >= 0 && cells[scoreColumn] is { Text.Length: > 0 } score && decimal.TryParse(score.Text, CultureInfo.InvariantCulture, out var value))
                shown += value;
        }
    }

    [Fact]
    public void Indicators_without_their_own_weight_get_no_share_of_the_slot()
    {
        // Seed 001 lists 20 key indicators with no 分值: the national table shows none of them a weight or a score.
        var (evaluation, scheme) = Samples.Load(Samples.Named("001"), "national-2020");
        var table = Compose(evaluation, scheme).Blocks.OfType<ReportTable>().Single();
        var row = table.Rows.Single(r => r.Cells.Any(c => c?.Text == "垃圾分类率"));
        var header = table.Rows.Last(r => r.Cells.Any(c => c?.Text == "分值"));
        var weight = Array.FindIndex(header.Cells.ToArray(), c => c?.Text == "分值");
        row.Cells[weight]!.Text.ShouldBe("");
        row.Cells[weight + 1]!.Text.ShouldBe("");
        AllText(Compose(evaluation, scheme)).ShouldNotContain("4.29");
    }

    [Fact]
    public void A_table_without_scores_in_its_layout_shows_none()
    {
        // The Guangzhou 2021 自评表 has no 分值 or 得分 (seed 001): neither has the report.
        var (evaluation, scheme) = Samples.Load(Samples.Named("001"));
        var text = AllText(Compose(evaluation, scheme));
        text.ShouldNotContain("分值");
        text.ShouldNotContain("得分");
        text.ShouldNotContain("评级");
    }

    [Fact]
    public void The_evaluations_own_outline_is_used()
    {
        // Seed 003 keeps the 2022 headings under the 2023 scheme.
        var (evaluation, scheme) = Samples.Load(Samples.Named("003"));
        Headings(Compose(evaluation, scheme)).ShouldBe([
            "一、基本情况", "（一）部门职能", "（二）部门整体收支情况", "（三）部门整体支出绩效目标", "（四）部门年度重点工作任务",
            "二、综合评价分析", "（一）自评结论综述", "（二）各重点工作任务绩效目标完成情况分析", "（三）主要工作成效",
            "三、存在的主要问题", "四、下一步改进措施",
        ]);
    }

    [Fact]
    public void Sections_without_content_are_left_out_and_the_numbering_closes_up()
    {
        // Sample 004 under the 2023 Guangzhou outline: of the scheme's sections it has text for 资产管理情况 (its own
        // "assets"), 存在的主要问题 and 下一步改进措施, and figures for 部门整体收支情况 (the scheme's fourth
        // sub-section, here the first); the rest is left out and the numbers close up.
        var (evaluation, scheme) = Samples.Load(Samples.Named("004"), "guangzhou-2023");
        var report = Compose(evaluation, scheme);
        Headings(report).ShouldBe(["一、部门基本情况", "（一）部门整体收支情况", "二、绩效自评情况", "（一）管理效率分析", "1.资产管理情况", "三、存在的主要问题", "四、下一步改进措施"]);
        report.Omissions.ShouldContain(o => o.Contains("部门职能", StringComparison.Ordinal));
    }

    [Fact]
    public void Key_tasks_are_listed_with_their_goals_once()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("000"));
        var section = Section(Compose(evaluation, scheme), "（二）年度总体工作和重点工作任务");
        var first = section.Single(p => p.Lead == "1.严格资产使用管理。");
        first.Text.ShouldStartWith("贯彻落实《行政事业性国有资产管理条例》等法规制度");
        section.Count(p => p.Lead.Length > 0).ShouldBe(5);
        // The narrative's bare list of the five names gives way to them.
        section.ShouldNotContain(p => p.Text.Contains("2.提高勤务保障水平", StringComparison.Ordinal));
    }

    [Fact]
    public void The_department_text_is_set_as_an_official_document_sets_it()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("000"));
        var section = Section(Compose(evaluation, scheme), "（三）部门整体收支情况");
        // Written "2022 年度全年预算数 6,612.3 万元 … 94.5%": no spaces, the amount format, the rate at the documents' precision.
        section.Single().Text.ShouldStartWith("2022年度全年预算数6,612.30万元，执行数6,247.80万元，完成预算数的94.49%。");
    }

    [Fact]
    public void Figures_sentences_fill_the_section_only_when_the_department_wrote_none()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("002"));
        var bare = new Core.Evaluations.Evaluation
        {
            Department = evaluation.Department,
            Year = evaluation.Year,
            SchemeId = evaluation.SchemeId,
            Figures = evaluation.Figures,
        };
        var section = Section(Compose(bare, scheme), "（一）部门整体收支情况");
        // 3151.09 / 3156.9 = 99.82%; 2865.26 / (3156.9 − 289.9) = 99.94%; 285.83 / 289.9 = 98.60%.
        section[0].Text.ShouldBe("2023年度全年预算数3,156.90万元，执行数3,151.09万元，预算执行率99.82%，本年结转结余0.00万元。其中基本支出2,865.26万元，执行率99.94%，项目支出285.83万元，执行率98.60%。");
    }

    [Fact]
    public void The_conclusion_states_the_table_total_when_the_department_did_not()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("002"));
        var narrative = evaluation.Narrative.Where(n => n.Key != "conclusion").ToDictionary(n => n.Key, n => n.Value);
        var withoutConclusion = new Core.Evaluations.Evaluation
        {
            Department = evaluation.Department,
            Year = evaluation.Year,
            SchemeId = evaluation.SchemeId,
            Figures = evaluation.Figures,
            IndicatorSummary = evaluation.IndicatorSummary,
            Narrative = narrative,
        };
        var section = Section(Compose(withoutConclusion, scheme), "（一）自评结论");
        // 10 × 99.82% = 9.98, and all 20 indicators met: 90 + 9.98 = 99.98 (domain.md §4).
        section.Single().Text.ShouldBe("广州市花都区人民政府办公室2023年度部门整体支出绩效自评得分99.98分，评级为“优”。");
    }

    [Fact]
    public void The_cover_date_is_the_evaluations_or_left_for_the_department()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("002"));
        var card = ScoringEngine.Score(evaluation, scheme);
        ReportComposer.Compose(evaluation, scheme, card, GeneratedDocuments.Options).Cover!.FilledOnText.ShouldBe("2024年3月31日");
        var blank = ReportComposer.Compose(evaluation, scheme, card, new ReportOptions()).Cover!.FilledOnText;
        blank.ShouldEndWith("年　　月　　日");
        blank.ShouldNotContain(DateTime.Now.Year.ToString(CultureInfo.InvariantCulture));
        var filed = new Core.Evaluations.Evaluation { Department = "某局", Year = 2023, SchemeId = scheme.Id, FiledOn = new DateOnly(2024, 4, 2) };
        ReportComposer.Compose(filed, scheme, ScoringEngine.Score(filed, scheme), GeneratedDocuments.Options).Cover!.FilledOnText.ShouldBe("2024年4月2日");
        ReportComposer.Compose(evaluation, scheme, card, new ReportOptions { Cover = false }).Cover.ShouldBeNull();
    }

    [Fact]
    public void The_title_breaks_after_the_department()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("000"));
        var report = Compose(evaluation, scheme);
        report.Title.ShouldBe("2022年度广州市花都区机关事务管理局部门整体支出绩效自评报告");
        report.TitleLines.ShouldBe(["2022年度广州市花都区机关事务管理局", "部门整体支出绩效自评报告"]);
    }

    [Fact]
    public void The_appendix_is_the_schemes_table_under_an_attachment_label()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("002"));
        var report = Compose(evaluation, scheme);
        var appendix = report.Blocks.OfType<ReportAppendix>().Single();
        appendix.Label.ShouldBe("附件");
        appendix.Title.ShouldBe("部门整体支出绩效自评表");
        var table = report.Blocks.OfType<ReportTable>().Single();
        table.CaptionLeft.ShouldBe("部门名称：广州市花都区人民政府办公室");
        table.CaptionRight.ShouldBe("单位：万元");
        var texts = table.Rows.SelectMany(r => r.Cells).OfType<ReportCell>().Select(c => c.Text).ToList();
        foreach (var header in new[] { "年初预算数", "全年预算数", "全年执行数", "执行率", "年度总体目标", "一级指标", "偏差原因分析及改进措施", "总分", "评级" })
            texts.ShouldContain(header);
        texts.ShouldContain("3,156.90");
        texts.ShouldContain("99.82%");
        texts.ShouldContain("9.98");
        texts.ShouldContain("99.98");
        texts.ShouldContain("优");
    }

    internal static ReportDocument Compose(Core.Evaluations.Evaluation evaluation, Scheme scheme) =>
        ReportComposer.Compose(evaluation, scheme, ScoringEngine.Score(evaluation, scheme), GeneratedDocuments.Options);

    internal static List<string> Headings(ReportDocument report) => report.Blocks.OfType<ReportHeading>().Select(h => h.Text).ToList();

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
    private static List<ReportParagraph> Section(ReportDocument report, string heading)
    {
        var result = new List<ReportParagraph>();
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
                result.Add(p);
            }
        }
        inside.ShouldBeTrue($"no heading {heading}");
        return result;
    }

    /// <summary>Everything the report prints: title, cover, headings, paragraphs, the attachment and every table cell.</summary>
    internal static string AllText(ReportDocument report)
    {
        var parts = new List<string> { report.Title };
        if (report.Cover is { } cover)
            parts.Add(cover.FilledOnText);
        foreach (var block in report.Blocks)
        {
            parts.Add(block switch
            {
                ReportHeading h => h.Text,
                ReportParagraph p => p.Lead + p.Text,
                ReportAppendix a => a.Label + a.Title,
                ReportTable t => t.CaptionLeft + t.CaptionRight + string.Concat(t.Rows.SelectMany(r => r.Cells).OfType<ReportCell>().Select(c => c.Text + "|")),
                _ => "",
            });
        }
        return string.Join("\n", parts);
    }
}
