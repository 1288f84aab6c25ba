using Jixiao.Core.Audit;
using Jixiao.Core.Scoring;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>One evaluation as readable Chinese tables: rates, scores, total and grade, findings.</summary>
internal static class CheckReport
{
    public static void Write(IAnsiConsole console, string file, AuditResult result, bool explain)
    {
        var e = result.Evaluation;
        var card = result.Card;
        console.Write(new Rule($"[bold]{Markup.Escape(e.Department)} {e.Year} 年度[/]  {Markup.Escape(file)}").LeftJustified());
        console.MarkupLine($"评分方案：{Markup.Escape(card.Scheme.Name)}（{Markup.Escape(card.Scheme.Id)}）");

        var rates = new Table().Title("比率").AddColumns("比率", "公式", "计算值", "文中写明");
        foreach (var (rate, value) in result.Rates)
        {
            var stated = e.Stated.Rates.TryGetValue(rate.Id, out var s) ? Output.Number(s) + "%" : "—";
            rates.AddRow(Markup.Escape(rate.ChineseName), Markup.Escape(rate.Formula), $"{Output.Number(value.Rounded(2))}%", stated);
        }
        if (result.Rates.Count > 0)
            console.Write(rates);

        var scores = new Table().Title("评分").AddColumns("指标", "分值", "得分", "自评");
        if (explain)
            scores.AddColumn("依据");
        foreach (var item in card.Items)
        {
            var name = new string('　', item.Depth) + item.Name;
            var cells = new List<string> { Markup.Escape(name), Output.Number(item.Weight), item.Score is { } sc ? Output.Number(sc) : "[yellow]无法评分[/]", Output.Number(item.StatedScore) };
            if (explain)
                cells.Add(Markup.Escape(item.Provenance.Describe()));
            scores.AddRow(cells.ToArray());
        }
        console.Write(scores);

        console.MarkupLine(Markup.Escape(Conclusion(card)));
        if (card.CapApplied is { } cap)
            console.MarkupLine($"[yellow]封顶：{Markup.Escape(cap)}[/]");
        if (card.NextGrade is { } advice)
            console.MarkupLine(Markup.Escape(Advice(advice)));

        if (result.Findings.Count == 0)
        {
            console.MarkupLine("[green]审核：未发现问题[/]");
        }
        else
        {
            var findings = new Table().Title("审核发现").AddColumns("严重程度", "类型", "说明", "写明", "计算");
            foreach (var f in result.Findings)
            {
                var color = f.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
                findings.AddRow($"[{color}]{f.Severity.ToChinese()}[/]", f.Kind, Markup.Escape(f.Message), Output.Number(f.Stated), Output.Number(f.Computed));
            }
            console.Write(findings);
        }
        console.WriteLine();
    }

    private static string Conclusion(ScoreCard card)
    {
        var stated = card.StatedScore is { } s ? $"；自评 {Output.Number(s)} 分" + (card.StatedGrade is { } g ? $"“{g.ToChinese()}”" : "") : "";
        if (card.Total is { } total)
            return $"总分：{Output.Number(total)} 分，评级“{card.Grade!.Value.ToChinese()}”{stated}";
        var note = card.StatedScore is null ? "" : "（无法复核）";
        return $"总分：无法评价（缺少：{string.Join("；", card.Missing)}）{stated}{note}";
    }

    private static string Advice(GradeAdvice advice)
    {
        var levers = string.Join("，", advice.Levers.Select(l => $"{l.Name} 可提升 {Output.Number(l.Headroom)} 分"));
        var text = $"升至“{advice.Target.ToChinese()}”还需 {Output.Number(advice.PointsNeeded)} 分：{levers}";
        return advice.Blocker is null ? text : $"{text}（{advice.Blocker}）";
    }
}
