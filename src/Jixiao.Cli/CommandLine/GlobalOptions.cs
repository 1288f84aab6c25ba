using System.CommandLine;

namespace Jixiao.Cli.CommandLine;

/// <summary>Options every command takes.</summary>
internal static class GlobalOptions
{
    /// <summary>Variable read when --schemes is not given.</summary>
    public const string SchemesVariable = "JIXIAO_SCHEMES";

    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "出错时另外输出详细信息（异常类型和调用位置），便于反馈问题",
        Recursive = true,
    };

    public static Option<string?> Schemes { get; } = new("--schemes")
    {
        Description = $"自定义评分方案目录（*.yaml）：其中的方案与内置方案一起使用，同名时取代内置方案；未指定时读取环境变量 {SchemesVariable}",
        HelpName = "目录",
        Recursive = true,
    };
}
