using System.Globalization;
using System.Text;
using Jixiao.Cli;
using Jixiao.Cli.CommandLine;
using Jixiao.Cli.Commands;

// Chinese messages, and UTF-8 out whatever the terminal says.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
Console.OutputEncoding = new UTF8Encoding(false);
Interruption.Register();

var root = new System.CommandLine.RootCommand("绩效自评（Jixiao）：部门整体支出绩效自评的计算、评分与审核")
{
    CheckCommand.Create(),
    SchemesCommand.Create(),
    RulesCommand.Create(),
    ReportCommand.Create(),
    ImportCommand.Create(),
    AuditCommand.Create(),
    GlobalOptions.Schemes,
    GlobalOptions.Verbose,
};
return ChineseCommandLine.Run(root, args);
