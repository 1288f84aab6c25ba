using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Import;
using Jixiao.Documents.Yaml;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Jixiao.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>
/// Prefill a draft from a report or table the department already has (DOCX, PDF, TXT, XLSX): the importer reads it,
/// the page shows what was recognised and where, and only "采用" saves it — as a new revision, so nothing is lost.
/// </summary>
public sealed class ImportModel(EvaluationAccess access, EvaluationAnalysis analysis, EvaluationStore store, ImportPipeline importer,
    IOptions<JixiaoOptions> options) : PageModel
{
    public static IReadOnlyList<string> Extensions { get; } = [".docx", ".pdf", ".txt", ".xlsx"];

    public EvaluationRecord Record { get; private set; } = null!;

    public string? Error { get; private set; }

    public ImportResult? Result { get; private set; }

    public EvaluationForm? Imported { get; private set; }

    /// <summary>The imported evaluation as a file, carried to the "采用" post.</summary>
    [BindProperty]
    public string? ImportedContent { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public long MaxBytes => options.Value.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        return access.CanEdit(Record) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!access.CanEdit(Record))
            return Forbid();
        if (file is null || file.Length == 0)
            return Fail("请选择要导入的文件");
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            return Fail(extension.Length == 0
                ? $"文件“{file.FileName}”没有扩展名，无法判断格式。请上传 .docx、.pdf、.txt 或 .xlsx 文件"
                : $"不支持“{extension}”格式的文件（{file.FileName}）。请上传 DOCX、PDF、TXT 或 XLSX 文件");
        if (file.Length > MaxBytes)
            return Fail($"文件“{file.FileName}”有 {file.Length / 1024.0 / 1024.0:0.#} MB，超过 {MaxBytes / 1024 / 1024} MB 的上限。请压缩图片或拆分后再上传");
        var temp = Path.Combine(Path.GetTempPath(), $"jixiao-upload-{Guid.NewGuid():N}{extension}");
        try
        {
            await using (var stream = System.IO.File.Create(temp))
                await file.CopyToAsync(stream);
            Result = importer.Import(temp);
        }
        finally
        {
            System.IO.File.Delete(temp);
        }
        if (Result.Error is { } error)
            return Fail(error.Replace(temp, file.FileName, StringComparison.Ordinal).Replace(Path.GetFileName(temp), file.FileName, StringComparison.Ordinal));
        Imported = EvaluationForm.From(Result.Evaluation!, Record.Version);
        ImportedContent = EvaluationWriter.Write(Result.Evaluation!);
        FileName = file.FileName;
        Version = Record.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!access.CanEdit(Record))
            return Forbid();
        EvaluationForm imported;
        try
        {
            imported = EvaluationForm.From(EvaluationFile.Parse(ImportedContent ?? "", FileName ?? "导入文件", analysis.Schemes), Version);
        }
        catch (JixiaoFileException e)
        {
            return Fail($"导入内容无法读取（{e.Problem}），请重新上传");
        }
        var form = ImportOverlay.Apply(EvaluationForm.From(analysis.Load(Record), Version), imported);
        var reading = EvaluationFormReader.Read(form, new EvaluationHeader(Record.Department!.Name, Record.Year, Record.SchemeId, Record.Content), analysis.Schemes);
        if (!reading.IsValid)
            return Fail("导入的内容有不能保存的字段：" + string.Join("；", reading.Errors.Select(e => FieldLabels.WithLabel(e.Key, e.Value))));
        if (await store.SaveAsync(Record, reading.Evaluation!, Version, access.UserName, $"导入：{FileName}") == SaveOutcome.Conflict)
            return Fail("这份自评在您导入期间被他人修改过，导入未保存。请重新上传");
        TempData["Message"] = $"已按“{FileName}”预填并保存（第 {Record.RevisionNumber} 版）。请逐项核对后再提交。";
        return Redirect($"/Evaluations/{id}");
    }

    public string SectionTitle(string id) => SectionTitles.Find(analysis.Schemes, id, Record.SchemeId, Result?.Evaluation?.SchemeId);

    /// <summary>The source of a recognised value, by the subject the importer recorded it under.</summary>
    public FieldSource? SourceOf(string subject) => Result?.Sources.GetValueOrDefault(subject);

    private async Task<bool> LoadAsync(int id)
    {
        if (await access.FindAsync(id) is not { } record)
            return false;
        Record = record;
        return true;
    }

    private PageResult Fail(string message)
    {
        Error = message;
        Result = null;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
