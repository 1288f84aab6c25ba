namespace Jixiao.Documents.Yaml;

/// <summary>A file that cannot be used, with a Chinese message naming the file, the line and the fix.</summary>
public sealed class JixiaoFileException : Exception
{
    public JixiaoFileException(string file, int line, string problem, string fix, Exception? inner = null)
        : base(Compose(file, line, problem, fix), inner)
    {
        File = file;
        Line = line;
        Problem = problem;
        Fix = fix;
    }

    public string File { get; }

    /// <summary>1-based; 0 when the problem is the file as a whole.</summary>
    public int Line { get; }

    public string Problem { get; }

    public string Fix { get; }

    private static string Compose(string file, int line, string problem, string fix) =>
        line > 0 ? $"{file} 第 {line} 行：{problem}。{fix}" : $"{file}：{problem}。{fix}";
}
