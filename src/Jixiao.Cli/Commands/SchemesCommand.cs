using System.CommandLine;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>jixiao schemes: the scoring schemes with their region, year and total weight.</summary>
internal static class SchemesCommand
{
    public static Command Create()
    {
        var command = new Command("schemes", "列出评分方案（地区、年度、总分值、依据）");
        command.SetAction(parse =>
        {
            if (!SchemeLoading.TryLoad(parse, out var catalog))
                return 1;
            var table = new Table().AddColumns("方案", "名称", "地区", "年度", "总分值", "依据");
            foreach (var s in catalog.All.OrderBy(s => s.Id, StringComparer.Ordinal))
                table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Name), Markup.Escape(s.Region), s.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—", Output.Number(s.TotalWeight), Markup.Escape(s.Source));
            Output.Console.Write(table);
            return 0;
        });
        return command;
    }
}
