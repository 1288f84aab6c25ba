using System.Globalization;
using System.Text;
using Jixiao.Cli.Commands;

// Chinese messages from System.CommandLine too, and UTF-8 out whatever the terminal says.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
Console.OutputEncoding = new UTF8Encoding(false);

var root = new System.CommandLine.RootCommand("绩效自评（Jixiao）：部门整体支出绩效自评的计算、评分与审核")
{
    CheckCommand.Create(),
    SchemesCommand.Create(),
    RulesCommand.Create(),
    ReportCommand.Create(),
    ImportCommand.Create(),
    AuditCommand.Create(),
};
return root.Parse(args).Invoke();
