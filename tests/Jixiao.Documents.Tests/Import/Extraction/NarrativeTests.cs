using Jixiao.Core.Audit;
using Jixiao.Documents.Import.Narrative;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>The narrative checks: counts that lost their number, and a figure stated twice differently.</summary>
public sealed class NarrativeTests
{
    [Theory]
    [InlineData("2023 年度接收、分办省、市和区相关部门公文、会议通知等数余件。")]
    [InlineData("全年完成农机购置补贴共计件，新建高标准农田２．１万亩。")]
    [InlineData("全年共办理案件，结案率为%。")]
    [InlineData("全年累计支出万元，主要用于设备更新。")]
    public void A_count_without_its_number_is_found(string sentence)
    {
        var findings = MissingNumberCheck.Find(LayoutTests.Layout(sentence + "\n")).ToList();

        findings.ShouldNotBeEmpty();
        findings.ShouldAllBe(f => f.Kind == FindingKinds.MissingNumber && f.Line == 1);
    }

    [Theory]
    [InlineData("完成区内 1500 余场次会议的会务服务。")]
    [InlineData("服务保障粤剧博物馆、永庆坊、泮塘五约茶歇 30 余场。")]
    [InlineData("其余人员均按规定安排，结余资金全部上缴，剩余项目结转下年。")]
    [InlineData("全年组织培训十余次，数十件建议被采纳。")]
    [InlineData("共同推进公共项目建设，统计项目完成情况。")]
    [InlineData("一级指标 | 比例(%) | 金额(万元)")]
    [InlineData("为受援人挽回经济损失 1,460 余万元。")]
    public void Counts_with_their_numbers_are_left_alone(string sentence) =>
        MissingNumberCheck.Find(LayoutTests.Layout(sentence + "\n")).ShouldBeEmpty();

    [Fact]
    public void Only_seed_002_lost_a_number_in_the_dev_corpus()
    {
        var flagged = Directory.EnumerateFiles(RepositoryPaths.DevCorpus, "*.txt").Order(StringComparer.Ordinal)
            .Where(f => Importer.Import(f).Findings.Any(x => x.Kind == FindingKinds.MissingNumber))
            .Select(Path.GetFileName);

        flagged.ShouldBe(["002_6556f02633b2da35.txt"]);
    }

    [Fact]
    public void A_figure_stated_twice_keeps_the_value_the_other_figures_confirm()
    {
        // d08: 执行数 1,846.29 (= 基本 + 项目, and 95.79%) in part 三, 全年部门支出 1,864.29 in part 五.
        var result = Importer.Dev("d08.txt");

        result.Evaluation!.Figures.Spent.Total.ShouldBe(1846.29m);
        var finding = result.Findings.Single(f => f.Kind == FindingKinds.NarrativeMismatch);
        (finding.Severity, finding.Stated, finding.Computed, finding.Line).ShouldBe((Severity.Error, 1846.29m, 1864.29m, (int?)31));
        finding.Quote!.ShouldContain("1,864.29");
    }
}
