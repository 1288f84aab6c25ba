using System.Text;
using Jixiao.Core.Audit;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Json;
using Jixiao.Documents.Yaml;
using Jixiao.Web.Evaluations;

namespace Jixiao.Web.Api;

/// <summary>
/// POST /api/score[?scheme=ID]: a stateless scoring service. The body is an evaluation file as YAML, or the same
/// fields as JSON; the answer is exactly the object `jixiao check --json` prints.
/// </summary>
internal static class ScoreEndpoint
{
    private const int MaxBody = 2 * 1024 * 1024;
    private const string Source = "请求正文";

    public static async Task<IResult> ScoreAsync(HttpRequest request, EvaluationAnalysis analysis, string? scheme, CancellationToken cancel)
    {
        var type = request.ContentType ?? "";
        if (!(type.Contains("yaml", StringComparison.OrdinalIgnoreCase) || type.Contains("json", StringComparison.OrdinalIgnoreCase)))
            return TypedResults.Problem("请求正文须为 application/yaml 或 application/json", statusCode: StatusCodes.Status415UnsupportedMediaType);
        if (request.ContentLength > MaxBody)
            return TypedResults.Problem($"请求正文超过 {MaxBody / 1024 / 1024} MB", statusCode: StatusCodes.Status413PayloadTooLarge);
        // Kestrel refuses a longer body itself (413); a declared one is refused before reading.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBody;
        string text;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
            text = await reader.ReadToEndAsync(cancel);
        try
        {
            var evaluation = EvaluationFile.Parse(text, Source, analysis.Schemes);
            var chosen = analysis.Schemes.Get(scheme ?? evaluation.SchemeId, Source);
            var result = Auditor.Run(evaluation, chosen);
            return TypedResults.Text(CheckJson.Write(Source, result), "application/json; charset=utf-8");
        }
        catch (JixiaoFileException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "评价文件有误");
        }
    }
}
