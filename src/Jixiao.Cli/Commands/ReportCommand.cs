using System.CommandLine;
using System.Text;
using Jixiao.Cli.CommandLine;
using Jixiao.Cli.Inputs;
using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Files;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Report;
using Jixiao.Documents.Schemes;
using Jixiao.Documents.Table;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// jixiao report FILE... --format docx,xlsx,pdf --out DIR: per evaluation file, the report (DOCX, PDF) in its
/// region's outline and the 自评表 (XLSX) in its region's layout, named &lt;部门&gt;-&lt;年度&gt;-自评报告.docx etc.
/// Files are written in parallel, one per core. Each file's findings are printed; an evaluation with errors or
/// missing parts is written as a draft (草稿 on every page) with the list of what to fix beside it
/// (&lt;部门&gt;-&lt;年度&gt;.待修改.txt), unless --final. A bad file gets one Chinese error and the others go on;
/// exit 1 when any failed. Every file is written whole or not at all (<see cref="AtomicFile"/>).
/// </summary>
internal static class ReportCommand
{
    private static readonly string[] Formats = ["docx", "xlsx", "pdf"];

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, HelpName = "文件", Description = "评价文件（YAML，见 docs/formats.md）；“-”表示标准输入" };
        var format = new Option<string>("--format") { HelpName = "格式", Description = "输出格式，逗号分隔：docx、xlsx、pdf", DefaultValueFactory = _ => "docx,xlsx,pdf" };
        var output = new Option<string>("--out", "-o") { HelpName = "目录", Description = "输出目录（不存在时创建）；每个文件写完才替换同名旧文件，中断时旧文件不变", DefaultValueFactory = _ => "." };
        var noCover = new Option<bool>("--no-cover") { Description = "报告不加封面" };
        var final = new Option<bool>("--final") { Description = "已核对发现的问题：即使评价仍有错误或缺项，也生成不带“草稿”标记的正式文本" };
        var command = new Command("report", "按地区格式生成自评报告（DOCX、PDF）和自评表（XLSX）") { files, format, output, noCover, final };
        command.SetAction(parse => Run(parse, parse.GetValue(files)!, parse.GetValue(format)!, parse.GetValue(output)!, !parse.GetValue(noCover), parse.GetValue(final)));
        return command;
    }

    private static int Run(ParseResult parse, string[] files, string formatList, string outDir, bool cover, bool final)
    {
        var formats = formatList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).Distinct().ToList();
        var unknown = formats.Find(f => !Formats.Contains(f));
        if (formats.Count == 0 || unknown is not null)
        {
            Output.Error($"未知的输出格式“{unknown ?? formatList}”。可用格式：docx、xlsx、pdf，逗号分隔");
            return 1;
        }
        if (!SchemeLoading.TryLoad(parse, out var catalog))
            return 1;
        var verbose = parse.GetValue(GlobalOptions.Verbose);
        string? outError = null;
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            outError = $"无法创建输出目录“{outDir}”：{FileErrors.DescribeFolder(e)}。请换一个可写的目录";
        }

        var jobs = new Job[files.Length];
        Parallel.For(0, files.Length, i => jobs[i] = Load(files[i], catalog, outError));
        Name(jobs);

        // One work item per document, not per file: a single department's three documents are written on both
        // cores at once, which matters most on the first call, when each writer's code is still being compiled.
        Parallel.ForEach(jobs, job => job.Prepare(formats.Count, cover, final));
        var items = jobs.Where(j => j.Error is null).SelectMany(j => formats.Select((f, i) => (Job: j, Format: f, Slot: i))).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        if (!Console.IsOutputRedirected && jobs.Length > 1)
        {
            Output.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("生成自评报告和自评表", maxValue: Math.Max(1, items.Count));
                    Parallel.ForEach(items, parallel, item =>
                    {
                        Write(item.Job, item.Format, item.Slot, outDir);
                        task.Increment(1);
                    });
                });
        }
        else
        {
            Parallel.ForEach(items, parallel, item => Write(item.Job, item.Format, item.Slot, outDir));
        }

        var failed = 0;
        foreach (var job in jobs)
        {
            if (job.Error is not null)
            {
                failed++;
                FileBoundary.Report(job.Error, job.Cause, verbose);
                continue;
            }
            Report(job, outDir);
        }
        Console.Out.WriteLine($"共 {jobs.Length} 个文件：成功 {jobs.Length - failed} 个，失败 {failed} 个；输出目录 {Path.GetFullPath(outDir)}");
        return failed == 0 ? 0 : 1;
    }

    private static Job Load(string file, SchemeCatalog catalog, string? outError)
    {
        var job = new Job(file);
        try
        {
            job.Evaluation = file == DocumentReader.StandardInput
                ? EvaluationFile.Load(Console.OpenStandardInput(), "标准输入", catalog)
                : EvaluationFile.Load(file, catalog);
            job.Scheme = catalog.Get(job.Evaluation.SchemeId, file);
            if (outError is not null)
                job.Error = $"{file}：{outError}";
        }
        catch (Exception e)
        {
            job.Fail(FileBoundary.Message(file, e), e);
        }
        return job;
    }

    /// <summary>The longest ending a name gets: ".待修改.txt" or "-自评报告.docx", and "-NN" when two inputs share a name.</summary>
    private static readonly int ReservedBytes = Encoding.UTF8.GetByteCount("-自评报告.docx-99");

    /// <summary>&lt;部门&gt;-&lt;年度&gt;; when two inputs share it, the later ones add their own file name.</summary>
    private static void Name(Job[] jobs)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var job in jobs)
        {
            if (job.Evaluation is not { } e)
                continue;
            var name = FileNames.Stem($"{e.Department}-{e.Year}", ReservedBytes);
            if (!taken.Add(name))
            {
                var stem = FileNames.Stem($"{name}-{Path.GetFileNameWithoutExtension(job.File)}", ReservedBytes);
                name = stem;
                for (var n = 2; !taken.Add(name); n++)
                    name = $"{stem}-{n}";
            }
            job.BaseName = name;
        }
    }

    /// <summary>
    /// What was written for one file and what its evaluation still lacks: the findings, and for a draft the
    /// 待修改 list beside the documents (it never goes into them).
    /// </summary>
    private static void Report(Job job, string outDir)
    {
        var review = job.Review!;
        var state = job.Options.Draft ? "草稿" : review.IsDraft ? "正式文本（--final）" : "正式文本";
        Console.Out.WriteLine($"{job.File} → {string.Join("、", job.Written)}（{state}）");
        foreach (var finding in review.Findings.OrderBy(f => f.Severity))
            Console.Out.WriteLine($"  【{finding.Severity.ToChinese()}】{finding.Message}");
        foreach (var omission in review.Omissions)
            Console.Out.WriteLine($"  【缺项】{omission}");
        var list = Path.Combine(outDir, job.BaseName + ".待修改.txt");
        try
        {
            if (!job.Options.Draft)
            {
                // A list left by an earlier draft of these documents would now be stale.
                File.Delete(list);
                return;
            }
            var text = review.ToText(job.Evaluation!);
            AtomicFile.Write(list, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                writer.Write(text);
            });
            Console.Out.WriteLine($"  待修改事项已写入 {Path.GetFileName(list)}；改正后重新生成即为正式文本，或用 --final 直接生成正式文本");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Output.Error($"{job.File}：无法写入“{list}”：{FileErrors.Describe(e, list)}。原有文件未改动");
        }
    }

    /// <summary>Writes one document; true when it was the job's last one.</summary>
    private static bool Write(Job job, string format, int slot, string outDir)
    {
        var options = job.Options;
        var evaluation = job.Evaluation!;
        var scheme = job.Scheme!;
        var path = Path.Combine(outDir, job.BaseName + format switch { "docx" => "-自评报告.docx", "xlsx" => "-自评表.xlsx", _ => "-自评报告.pdf" });
        try
        {
            switch (format)
            {
                case "docx":
                    ReportWriter.WriteDocx(evaluation, scheme, path, options, job.Card);
                    break;
                case "xlsx":
                    TableWriter.WriteXlsx(evaluation, scheme, path, job.Card, options.Draft);
                    break;
                default:
                    ReportWriter.WritePdf(evaluation, scheme, path, options, job.Card);
                    break;
            }
            job.Done(slot, Path.GetFileName(path));
        }
        catch (ReportException e)
        {
            job.Fail($"{job.File}：{e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            job.Fail($"{job.File}：无法写入“{path}”：{FileErrors.Describe(e, path)}。原有文件未改动", e);
        }
        catch (Exception e)
        {
            // A writer bug must not stop the other files; the message still names the file, and nothing half-written is left.
            job.Fail($"{job.File}：生成“{Path.GetFileName(path)}”时出现内部错误（{e.GetType().Name}），未写入该文件。请把该评价文件反馈给开发人员；加 --verbose 可看到详细信息", e);
        }
        return job.Finish();
    }

    /// <summary>One input file: what was read from it, the names written, the first error; shared by the threads writing its documents.</summary>
    private sealed class Job(string file)
    {
        private readonly Lock _lock = new();
        private string?[] _written = [];
        private int _pending;

        public string File { get; } = file;

        public Evaluation? Evaluation { get; set; }

        public Scheme? Scheme { get; set; }

        public ScoreCard? Card { get; private set; }

        public DocumentReview? Review { get; private set; }

        public ReportOptions Options { get; private set; } = ReportOptions.Default;

        public string? BaseName { get; set; }

        public string? Error { get; set; }

        /// <summary>What caused <see cref="Error"/>, for --verbose.</summary>
        public Exception? Cause { get; private set; }

        public IEnumerable<string> Written => _written.OfType<string>();

        public void Prepare(int documents, bool cover, bool final)
        {
            _written = new string?[documents];
            _pending = documents;
            if (Error is not null || Evaluation is null || Scheme is null)
                return;
            try
            {
                Card = ScoringEngine.Score(Evaluation, Scheme);
                Review = DocumentReview.Of(Evaluation, Scheme, Card);
                Options = new ReportOptions { Cover = cover, Draft = !final && Review.IsDraft };
            }
            catch (Exception e)
            {
                // Runs on the thread pool: whatever one evaluation throws must stay that file's error.
                Fail(FileBoundary.Message(File, e), e);
            }
        }

        public void Done(int slot, string name) => _written[slot] = name;

        public void Fail(string error, Exception cause)
        {
            lock (_lock)
            {
                if (Error is not null)
                    return;
                Error = error;
                Cause = cause;
            }
        }

        public bool Finish() => Interlocked.Decrement(ref _pending) == 0;
    }
}
