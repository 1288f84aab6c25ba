using Jixiao.Documents.Files;
using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Report;
using Jixiao.Documents.Yaml;

namespace Jixiao.Cli.Inputs;

/// <summary>
/// The boundary around each input of a batch: whatever one file throws becomes that file's Chinese message (the
/// cause goes to stderr with --verbose), and the run goes on to the next file.
/// </summary>
internal static class FileBoundary
{
    /// <summary>The import of one input; never throws.</summary>
    public static ImportResult Import(ImportPipeline pipeline, Input input)
    {
        if (input.Problem is { } problem)
            return new ImportResult(input.Path, null, null, [], problem, null);
        try
        {
            return pipeline.Import(input.Path);
        }
        catch (Exception e)
        {
            return new ImportResult(input.Path, null, null, [], Message(input.Path, e), null) { Cause = e };
        }
    }

    /// <summary>What went wrong with <paramref name="file"/>, in Chinese, whatever was thrown.</summary>
    public static string Message(string file, Exception error) => error switch
    {
        JixiaoFileException or ImportException or ReportException => error.Message,
        IOException or UnauthorizedAccessException => $"{file}：{FileErrors.Describe(error, file)}",
        OutOfMemoryException or InsufficientExecutionStackException => $"{file}：文件太大或结构太复杂，内存不足以处理。请确认选对了文件",
        OperationCanceledException => $"{file}：运行被中断",
        _ => $"处理“{file}”时出现内部错误（{error.GetType().Name}）。请把该文件反馈给开发人员；加 --verbose 可看到详细信息",
    };

    /// <summary>One file's failure on stderr; with <paramref name="verbose"/> also what caused it.</summary>
    public static void Report(string message, Exception? cause, bool verbose)
    {
        Output.Error(message);
        if (verbose && cause is not null)
            Console.Error.WriteLine("详细信息：" + cause);
    }
}
