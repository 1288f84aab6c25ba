using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Import.Vocabularies;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>The embedded lexicon loads, every list says where its words were seen, and its matching rules hold.</summary>
public sealed class LexiconTests
{
    [Fact]
    public void Every_list_of_the_embedded_lexicon_has_words_and_a_source()
    {
        var lexicon = Lexicon.Default;
        WordList[] lists = [lexicon.OrganisationSuffixes, lexicon.PageFurniture, lexicon.TotalLabels, lexicon.GradeLabels, lexicon.AttachmentLabels,
            lexicon.NoticeEndings, lexicon.ProjectTableMarks, lexicon.ThreePublicTableMarks, lexicon.ThresholdWords, lexicon.DepartmentFieldLabels,
            lexicon.TitleSubjects, lexicon.IntroductionWords, lexicon.QualitativeTargets];

        lists.ShouldAllBe(l => l.Words.Count > 0 && l.Seen.Length > 20);
    }

    [Fact]
    public void A_list_without_its_source_is_refused_with_its_name()
    {
        var e = Should.Throw<InvalidDataException>(() => Lexicon.Parse("organisationSuffixes:\n  words: [局]\n"));

        e.Message.ShouldContain("organisationSuffixes");
    }

    [Fact]
    public void A_rule_naming_an_unknown_column_is_refused_with_its_line()
    {
        var yaml = "columns:\n  seen: the national form\n  rules:\n    - { column: Budgett, contains: [预算] }\n";

        var e = Should.Throw<InvalidDataException>(() => ClassifyRules<Column>.Of((YamlMappingNode)Root(yaml), "columns", "column"));

        e.Message.ShouldContain("Budgett");
    }

    [Theory]
    [InlineData("预算调整率", "AdjustmentRate")]
    [InlineData("年初预算数", "Initial")]
    [InlineData("本年决算", "Spent")]
    [InlineData("上年决算", "Unknown")]
    [InlineData("2023年预算数", "Total")]
    [InlineData("评分依据及扣分说明", "Remark")]
    public void Headers_are_classified_by_the_lexicons_rules_in_order(string header, string column) =>
        Columns.Classify(header).ToString().ShouldBe(column);

    [Fact]
    public void The_figure_terms_read_from_the_lexicon_cover_every_measure_the_sentences_need()
    {
        var terms = Lexicon.Default.FigureTerms.Select(t => t.Term).ToHashSet();

        terms.Count.ShouldBe(Enum.GetValues<Term>().Length);
    }

    private static YamlNode Root(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    [Theory]
    [InlineData("总分", true)]
    [InlineData("合计（100分）", true)]
    [InlineData("总计:", true)]
    [InlineData("合计收入", false)]
    [InlineData("总分析", false)]
    public void A_total_label_says_nothing_but_its_points(string label, bool isTotal) => ScoreLabels.IsTotal(label).ShouldBe(isTotal);

    [Theory]
    [InlineData("南平市延平区统计局", true)]
    [InlineData("广州市番禺区大石街道办事处", true)]
    [InlineData("当前位置：首页>信息公开", false)]
    [InlineData("公开", false)]
    [InlineData("2023年度部门", false)]
    public void An_organisation_name_ends_as_organisations_do(string name, bool plausible) => Organisation.IsPlausible(name).ShouldBe(plausible);

    [Fact]
    public void Every_word_the_report_writes_a_figure_with_is_a_figure_term_the_importer_reads()
    {
        var terms = Lexicon.Default.FigureTerms.Select(t => WordList.Key(t.Word)).ToList();

        Lexicon.Default.ReportWords.ShouldNotBeEmpty();
        foreach (var (name, word) in Lexicon.Default.ReportWords)
            terms.ShouldContain(t => WordList.Key(word).Replace("“", "").Replace("”", "").Contains(t), $"{name}: “{word}”");
    }

    public static TheoryData<string> Forms => [.. Lexicon.Default.Forms.Keys];

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_header_and_row_label_a_form_prints_reads_back_as_what_it_names(string id)
    {
        var form = Lexicon.Default.Forms[id];

        form.Funds.ShouldNotBeEmpty();
        form.Indicators.ShouldNotBeEmpty();
        foreach (var (column, label) in form.Funds.Concat(form.Indicators))
            Columns.Classify(label).ShouldBe(column, $"{id}: “{label}”");
        foreach (var (row, label) in form.FundsRows)
            Lexicon.Default.FundsRows.Classify(Words.Compact(label)).ShouldBe(row, $"{id}: “{label}”");
    }

    [Fact]
    public void The_national_form_closes_with_labels_the_score_readers_know()
    {
        var form = Lexicon.Default.Forms["national-2020"];

        ScoreLabels.IsTotal(form.Block("total")).ShouldBeTrue();
        ScoreLabels.IsGrade(form.Block("grade")).ShouldBeTrue();
    }

    [Fact]
    public void A_form_label_naming_an_unknown_column_is_refused_with_the_form_and_the_name()
    {
        var yaml = """
            forms:
              seen: the national form
              national-2020:
                title: 部门整体支出绩效自评表
                funds: { Budgett: 预算数 }
                fundsRows: { Total: 合计 }
                indicators: { Name: 三级指标 }
                blocks: { total: 总分 }
            """;

        var e = Should.Throw<InvalidDataException>(() => FormLabels.Of((YamlMappingNode)Root(yaml)));

        e.Message.ShouldContain("national-2020");
        e.Message.ShouldContain("Budgett");
    }
}
