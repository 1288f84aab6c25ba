using System.CommandLine;
using Jixiao.Core.Audit;
using Jixiao.Documents.Import;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>jixiao rules: the audit rules; --markdown prints docs/rules.md.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "以 Markdown 输出（即 docs/rules.md）" };
        var command = new Command("rules", "列出审核规则") { markdown };
        command.SetAction(parse =>
        {
            if (parse.GetValue(markdown))
            {
                Console.Out.Write(Auditor.RulesMarkdown(ImportPipeline.NarrativeRules));
                return 0;
            }
            var table = new Table().AddColumns("编号", "类型", "严重程度", "说明");
            foreach (var rule in Auditor.Rules.Select(r => r.Info).Concat(ImportPipeline.NarrativeRules))
                table.AddRow(rule.Id, rule.Kind, rule.Severity.ToChinese(), Markup.Escape(rule.Description));
            Output.Console.Write(table);
            return 0;
        });
        return command;
    }
}
