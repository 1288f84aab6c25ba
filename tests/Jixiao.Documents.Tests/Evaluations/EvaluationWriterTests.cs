using System.Globalization;
using System.Text;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;
using Jixiao.Core.Indicators;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Schemes;

namespace Jixiao.Documents.Tests.Evaluations;

public sealed class EvaluationWriterTests
{
    private static readonly SchemeCatalog Schemes = SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes"));

    public static TheoryData<string> Samples() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_written_and_read_back_is_the_same_evaluation(string sample)
    {
        var original = EvaluationFile.Load(Path.Combine(AppContext.BaseDirectory, "samples", sample), Schemes);

        var text = EvaluationWriter.Write(original);
        var reread = EvaluationFile.Parse(text, sample, Schemes);

        ShouldBeSame(reread, original);
        EvaluationWriter.Write(reread).ShouldBe(text, "writing what was read from a written file gives the same text");
    }

    [Fact]
    public void Sample_keeps_the_samples_key_order_and_look()
    {
        var original = EvaluationFile.Load(Path.Combine(AppContext.BaseDirectory, "samples", "004_561ee7b5f048757c.yaml"), Schemes);

        var text = EvaluationWriter.Write(original);

        text.ShouldStartWith("""
            department: 芙蓉区机关事务中心
            region: 湖南省长沙市芙蓉区
            year: 2021
            scheme: hunan-2021
            kind: report
            figures:
              budget: {initial: 2927.88}
              fundsReceived: 3659.9
              carryoverFromLastYear: 176.68
              yearEndBalance: 0
              spent: {total: 3836.58, basic: 779.53, project: 3057.05}
              threePublic: {spent: 224.7, abroad: 0, vehiclePurchase: 163.84, vehicleOperation: 60.86, reception: 0}
              staff: {total: 20, withinQuota: 17, employees: 1, publicWelfarePosts: 2}
              assets: {fixedAdded: 212.63, intangibleAdded: 4.58, disposed: 91.88}
            narrative:
              overview: |-
                （一）部门基本情况
            """.ReplaceLineEndings("\n"));
        text.ShouldNotContain("source:");
        text.ShouldNotContain("notRecomputable:");
        text.ShouldNotContain("\r");
        text.ShouldEndWith("\n");
    }

    [Fact]
    public void Decimals_keep_their_scale_and_sign()
    {
        var evaluation = new Evaluation
        {
            Department = "甲",
            Year = 2023,
            SchemeId = "national-2020",
            Kind = DocumentKind.Table,
            Figures = new Figures
            {
                Budget = new Budget { Initial = 1611.20m, Adjustment = -12.5m, Total = 0m },
                Staff = new Staff { Total = 20m },
            },
            Stated = new Stated { Rates = new Dictionary<string, decimal> { ["execution"] = 94.50m }, Score = 91.5m, Grade = Grade.Good },
        };

        var text = EvaluationWriter.Write(evaluation);
        var reread = EvaluationFile.Parse(text, "x.yaml", Schemes);

        text.ShouldContain("budget: {initial: 1611.20, adjustment: -12.5, total: 0}");
        text.ShouldContain("grade: 良");
        reread.Figures.Budget.Adjustment.ShouldBe(-12.5m);
        reread.Figures.Budget.Initial!.Value.Scale.ShouldBe((byte)2);
        reread.Stated.Rates["execution"].Scale.ShouldBe((byte)2);
        reread.Stated.Grade.ShouldBe(Grade.Good);
    }

    [Theory]
    [InlineData("key: value # not a comment")]
    [InlineData("  leading spaces, then \"double\" and 'single' quotes")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("第一行：冒号，逗号。\n  第二行缩进“引号”、《书名》——破折号\n\n空行之后 # 井号")]
    [InlineData("\n以换行开头，以换行结尾\n")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData("100")]
    [InlineData("- 像列表")]
    [InlineData("[像, 列表]")]
    [InlineData("{像: 映射}")]
    [InlineData("% 百分号开头")]
    [InlineData("* 星号开头")]
    [InlineData("& 和 ! 与 | 和 > 开头")]
    [InlineData("尾随空格 \n第二行\t制表符 ")]
    public void Any_text_survives_the_round_trip(string text)
    {
        var evaluation = new Evaluation
        {
            Year = 2023,
            SchemeId = "national-2020",
            Department = text,
            Region = text,
            AnnualGoal = text,
            Tasks = [new KeyTask { Name = text, Goal = text, Outcome = text }],
            Indicators = [new Indicator { Level1 = text, Level2 = text, Name = text, Formula = text, Deviation = text, Task = text }],
            Assessments = new Dictionary<string, Assessment> { ["goal-fit"] = new() { Level = text, ItemsMet = [text, "b"], Basis = text } },
            Narrative = new Dictionary<string, string> { ["overview"] = text, [text.Length == 0 ? "empty" : text] = text },
        };

        var written = EvaluationWriter.Write(evaluation);
        var reread = EvaluationFile.Parse(written, "x.yaml");

        reread.Department.ShouldBe(text);
        reread.Region.ShouldBe(text);
        reread.AnnualGoal.ShouldBe(text);
        reread.Tasks.Single().Name.ShouldBe(text);
        reread.Tasks.Single().Goal.ShouldBe(text);
        reread.Tasks.Single().Outcome.ShouldBe(text);
        var indicator = reread.Indicators.Single();
        // An empty level is "not set" in the model, so it stays empty.
        (indicator.Level1, indicator.Level2, indicator.Name, indicator.Formula, indicator.Deviation, indicator.Task)
            .ShouldBe((text, text, text, text, text, text));
        reread.Assessments["goal-fit"].Level.ShouldBe(text);
        reread.Assessments["goal-fit"].ItemsMet.ShouldBe([text, "b"]);
        reread.Assessments["goal-fit"].Basis.ShouldBe(text);
        reread.Narrative.ShouldBe(evaluation.Narrative);
        EvaluationWriter.Write(reread).ShouldBe(written);
    }

    [Fact]
    public void Line_ends_from_a_browser_form_are_written_as_LF()
    {
        var evaluation = new Evaluation { Department = "甲", Year = 2023, SchemeId = "national-2020", AnnualGoal = "第一行\r\n第二行\r第三行" };

        var text = EvaluationWriter.Write(evaluation);

        text.ShouldNotContain("\r");
        EvaluationFile.Parse(text, "x.yaml").AnnualGoal.ShouldBe("第一行\n第二行\n第三行");
    }

    [Fact]
    public void Targets_are_written_as_their_text()
    {
        var evaluation = new Evaluation
        {
            Department = "甲",
            Year = 2023,
            SchemeId = "national-2020",
            Kind = DocumentKind.Table,
            Indicators =
            [
                new Indicator { Name = "完成审计项目数", Weight = 10m, Target = Target.Parse("≥28个"), Actual = Target.Parse("31个"), StatedScore = 9.5m, Achievement = "达成" },
                new Indicator { Name = "花市安全事故数", Target = Target.Parse("0起"), Actual = Target.Parse("100") },
                new Indicator { Name = "宣传力度", Target = Target.Parse("提升") },
            ],
        };

        var reread = EvaluationFile.Parse(EvaluationWriter.Write(evaluation), "x.yaml");

        reread.Indicators.Select(i => i.Target).ShouldBe(evaluation.Indicators.Select(i => i.Target));
        reread.Indicators.Select(i => i.Actual).ShouldBe(evaluation.Indicators.Select(i => i.Actual));
        reread.Indicators[0].Weight.ShouldBe(10m);
        reread.Indicators[0].StatedScore.ShouldBe(9.5m);
        reread.Indicators[0].Achievement.ShouldBe("达成");
    }

    [Fact]
    public void Summary_and_assessment_values_survive()
    {
        var evaluation = new Evaluation
        {
            Department = "甲",
            Year = 2023,
            SchemeId = "national-2020",
            Kind = DocumentKind.Table,
            IndicatorSummary = new IndicatorSummary(20, 19),
            Assessments = new Dictionary<string, Assessment>
            {
                ["management-rules"] = new() { ItemsMet = ["finance", "assets"], StatedScore = 2m },
                ["satisfaction"] = new() { Value = 96.5m },
            },
        };

        var text = EvaluationWriter.Write(evaluation);
        var reread = EvaluationFile.Parse(text, "x.yaml");

        text.ShouldContain("indicatorSummary: {count: 20, met: 19}");
        reread.IndicatorSummary.ShouldBe(new IndicatorSummary(20, 19));
        reread.Assessments["management-rules"].ItemsMet.ShouldBe(["finance", "assets"]);
        reread.Assessments["management-rules"].StatedScore.ShouldBe(2m);
        reread.Assessments["satisfaction"].Value.ShouldBe(96.5m);
    }

    [Fact]
    public void Empty_parts_are_left_out()
    {
        var text = EvaluationWriter.Write(Minimal());

        text.ShouldBe("department: 甲\nyear: 2023\nscheme: national-2020\nkind: table\n");
    }

    [Fact]
    public void Figure_fields_name_each_path_and_label_once()
    {
        FigureFields.All.Select(f => f.Path).ShouldBeUnique();
        FigureFields.All.Select(f => f.Label).ShouldBeUnique();
        FigureFields.All.ShouldAllBe(f => f.Group.Length > 0 && f.Label.Length > 0);
        FigureFields.Find("budget.initial")!.Label.ShouldBe("年初预算数");
        FigureFields.Find("staff.total")!.Unit.ShouldBe("人");
        FigureFields.Find("keyWork.planned")!.Unit.ShouldBe("");
        FigureFields.Find("budget.totl").ShouldBeNull();
    }

    [Fact]
    public void Figure_fields_keep_each_group_together()
    {
        var groups = FigureFields.All.Select(f => f.Group).ToList();
        var starts = groups.Where((g, i) => i == 0 || groups[i - 1] != g).ToList();

        starts.ShouldBeUnique();
    }

    [Fact]
    public void Figure_fields_agree_with_the_figure_paths_schemes_name()
    {
        foreach (var path in FigurePath.All.Where(p => FigureFields.Find(p) is not null))
            FigureFields.Find(path)!.Label.ShouldBe(FigurePath.ChineseName(path), path);
    }

    [Fact]
    public void Figure_fields_and_the_reader_know_the_same_figures()
    {
        // Every path set to its own value: the reader rejects a path it does not know, and a getter reading the
        // wrong figure returns another row's value.
        var yaml = new StringBuilder("department: 甲\nyear: 2023\nscheme: national-2020\nfigures:\n");
        var values = FigureFields.All.Select((f, i) => (Field: f, Value: 100m + i + 0.25m)).ToList();
        foreach (var group in values.GroupBy(v => v.Field.Path.Split('.')[0]))
        {
            if (!group.First().Field.Path.Contains('.'))
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  {group.Key}: {group.Single().Value}\n");
                continue;
            }
            yaml.Append(CultureInfo.InvariantCulture, $"  {group.Key}:\n");
            foreach (var (field, value) in group)
                yaml.Append(CultureInfo.InvariantCulture, $"    {field.Path[(group.Key.Length + 1)..]}: {value}\n");
        }

        var figures = EvaluationFile.Parse(yaml.ToString(), "all.yaml").Figures;

        foreach (var (field, value) in values)
            field.Get(figures).ShouldBe(value, field.Path);
        var written = EvaluationWriter.Write(EvaluationFile.Parse(yaml.ToString(), "all.yaml"));
        var reread = EvaluationFile.Parse(written, "all.yaml").Figures;
        foreach (var (field, value) in values)
            field.Get(reread).ShouldBe(value, field.Path);
    }

    [Fact]
    public void Reader_figures_are_all_in_the_table()
    {
        // The other direction: a figure of the model that no row reads would be lost by the writer. Every decimal
        // property of Figures and its groups must be some row's getter.
        var groups = typeof(Figures).GetProperties().Where(p => p.PropertyType != typeof(decimal?)).ToList();
        var count = typeof(Figures).GetProperties().Count(p => p.PropertyType == typeof(decimal?))
            + groups.Sum(g => g.PropertyType.GetProperties().Count(p => p.PropertyType == typeof(decimal?) && p.CanWrite));

        FigureFields.All.Count.ShouldBe(count);
    }

    private static Evaluation Minimal() => new() { Department = "甲", Year = 2023, SchemeId = "national-2020", Kind = DocumentKind.Table };

    private static void ShouldBeSame(Evaluation actual, Evaluation expected)
    {
        (actual.Department, actual.Region, actual.Year, actual.SchemeId, actual.Kind, actual.AnnualGoal)
            .ShouldBe((expected.Department, expected.Region, expected.Year, expected.SchemeId, expected.Kind, expected.AnnualGoal));
        foreach (var field in FigureFields.All)
            field.Get(actual.Figures).ShouldBe(field.Get(expected.Figures), field.Path);
        foreach (var field in FigureFields.All)
            Scale(field.Get(actual.Figures)).ShouldBe(Scale(field.Get(expected.Figures)), field.Path);
        actual.Stated.Rates.ShouldBe(expected.Stated.Rates, ignoreOrder: true);
        actual.Stated.Score.ShouldBe(expected.Stated.Score);
        actual.Stated.Grade.ShouldBe(expected.Stated.Grade);
        actual.Tasks.Select(t => (t.Name, t.Goal, t.Outcome, t.Budget, t.Spent, t.StatedRate))
            .ShouldBe(expected.Tasks.Select(t => (t.Name, t.Goal, t.Outcome, t.Budget, t.Spent, t.StatedRate)));
        actual.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Weight, i.Formula, i.Target.Text, i.Actual?.Text, i.StatedScore, i.Deviation, i.Task, i.Achievement))
            .ShouldBe(expected.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Weight, i.Formula, i.Target.Text, i.Actual?.Text, i.StatedScore, i.Deviation, i.Task, i.Achievement)));
        actual.IndicatorSummary.ShouldBe(expected.IndicatorSummary);
        actual.Assessments.Keys.ShouldBe(expected.Assessments.Keys);
        actual.Narrative.ToList().ShouldBe(expected.Narrative.ToList(), "the same sections, texts and order");
    }

    private static byte? Scale(decimal? value) => value?.Scale;
}
