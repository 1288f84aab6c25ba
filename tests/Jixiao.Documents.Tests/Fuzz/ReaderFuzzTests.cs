using FsCheck;
using FsCheck.Fluent;
using Jixiao.Core.Audit;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Tests.Report;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Tests.Fuzz;

/// <summary>
/// Mutation fuzzing (issue 11, "a fuzz test"): real documents and evaluation files, cut short, with bytes flipped,
/// hostile pieces inserted and pieces repeated. Whatever the input, the readers throw only their Chinese
/// <see cref="ImportException"/>, the YAML loader only <see cref="JixiaoFileException"/>, an evaluation that loads is
/// audited without an exception, and no case allocates without bound. A fixed number of cases here; more with
/// JIXIAO_FUZZ_CASES (tests/README.md). A failure prints the FsCheck seed that replays it.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    /// <summary>
    /// Bytes one case may allocate: far above what reading a mutated seed of at most a few megabytes needs, far
    /// below what an unbounded expansion (a zip or alias bomb, a loop) takes before it is stopped.
    /// </summary>
    private const long MaxAllocatedBytes = 1L << 30;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jixiao-fuzz-" + Guid.NewGuid().ToString("N"));

    public ReaderFuzzTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Mutated_documents_are_read_or_refused_in_chinese_never_with_another_exception()
    {
        var seeds = FuzzSeeds.Documents;
        var cases = 0;
        Prop.ForAll(FuzzCase.Generator(seeds.Count).ToArbitrary(), fuzz =>
        {
            var (name, bytes) = seeds[fuzz.Seed];
            var path = Path.Combine(_folder, $"{cases++}-{name}");
            File.WriteAllBytes(path, fuzz.Apply(name, bytes));
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                DocumentReader.Read(path);
            }
            catch (ImportException e)
            {
                e.Message.ShouldStartWith("无法导入文件“");
            }
            finally
            {
                File.Delete(path);
            }
            (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(MaxAllocatedBytes, $"{name}: {string.Join(", ", fuzz.Mutations.Select(m => m.ToString()))}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzCase.Count(300)));
    }

    [Fact]
    public void Mutated_evaluation_files_load_or_are_refused_in_chinese_and_what_loads_is_audited()
    {
        var seeds = FuzzSeeds.Yaml;
        Prop.ForAll(FuzzCase.Generator(seeds.Count).ToArbitrary(), fuzz =>
        {
            var (name, text) = seeds[fuzz.Seed];
            var mutated = System.Text.Encoding.UTF8.GetString(fuzz.Apply(name, System.Text.Encoding.UTF8.GetBytes(text)));
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var evaluation = EvaluationFile.Parse(mutated, name, Samples.Catalog);
                Auditor.Run(evaluation, Samples.Catalog.Get(evaluation.SchemeId, name));
            }
            catch (JixiaoFileException e)
            {
                e.Message.ShouldStartWith(name);
            }
            (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(MaxAllocatedBytes, $"{name}: {string.Join(", ", fuzz.Mutations.Select(m => m.ToString()))}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzCase.Count(1000)));
    }
}
