using System.Text;
using Jixiao.Core.Evaluations;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Tests.Import.Readers;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Tests.Evaluations;

/// <summary>An evaluation file's size and lists are bounded, with messages that say the limit (issue 11, point 11).</summary>
public sealed class EvaluationFileLimitsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void More_indicators_than_the_limit_are_refused_with_the_limit_and_the_line()
    {
        var yaml = new StringBuilder("scheme: national-2020\ndepartment: 财政局\nyear: 2023\nindicators:\n");
        for (var i = 0; i <= EvaluationLimits.MaxIndicators; i++)
            yaml.Append($"  - {{ name: 指标{i}, weight: 1 }}\n");

        var error = Should.Throw<JixiaoFileException>(() => EvaluationFile.Parse(yaml.ToString(), "many.yaml"));

        error.Line.ShouldBe(4);
        error.Message.ShouldContain($"绩效指标有 {EvaluationLimits.MaxIndicators + 1} 项，超过上限 {EvaluationLimits.MaxIndicators} 项");
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_without_being_parsed()
    {
        var path = _folder.Combine("huge.yaml");
        using (var file = File.Create(path))
            file.SetLength(50L << 20); // the 50 MB file that took 1.8 GB
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Should.Throw<JixiaoFileException>(() => EvaluationFile.Load(path));

        error.Message.ShouldContain("文件太大（超过 10 MB）");
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(1L << 20);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_in_chinese()
    {
        var path = _folder.Combine("gbk.yaml");
        File.WriteAllBytes(path, [0xB2, 0xBF, 0xC3, 0xC5, 0x3A, 0x20, 0xD6, 0xD0]);

        var error = Should.Throw<JixiaoFileException>(() => EvaluationFile.Load(path));

        error.Message.ShouldContain("不是 UTF-8 编码");
    }

    public void Dispose() => _folder.Dispose();
}
