using System.Text.Json.Nodes;
using Jixiao.Documents.Json;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

/// <summary>GET /api/evaluations and /api/evaluations/{id}: only what the caller may see.</summary>
internal static class EvaluationsEndpoints
{
    public sealed record EvaluationSummary(int Id, string Department, int Year, string Scheme, string Status, string StatusName, decimal? Score, string? Grade);

    public static async Task<IResult> ListAsync(EvaluationAccess access, CancellationToken cancel)
    {
        var rows = await access.Visible().OrderBy(e => e.Id)
            .Select(e => new { e.Id, Department = e.Department!.Name, e.Year, e.SchemeId, e.Status, e.Score, e.Grade })
            .ToListAsync(cancel);
        return TypedResults.Ok(rows.Select(e => new EvaluationSummary(e.Id, e.Department, e.Year, e.SchemeId, StatusId(e.Status), e.Status.ToChinese(), e.Score, e.Grade)));
    }

    public static async Task<IResult> GetAsync(int id, EvaluationAccess access, EvaluationAnalysis analysis, CancellationToken cancel)
    {
        if (await access.FindAsync(id, cancel) is not { } record)
            return TypedResults.Problem("找不到该自评，或您无权查看", statusCode: StatusCodes.Status404NotFound);
        var result = analysis.Analyse(record);
        var body = new JsonObject
        {
            ["id"] = record.Id,
            ["department"] = record.Department?.Name,
            ["year"] = record.Year,
            ["status"] = StatusId(record.Status),
            ["statusName"] = record.Status.ToChinese(),
            ["revision"] = record.RevisionNumber,
            ["updatedAt"] = record.UpdatedAt,
            ["check"] = JsonNode.Parse(CheckJson.Write($"evaluation/{record.Id}", result)),
            ["content"] = record.Content,
        };
        return TypedResults.Text(body.ToJsonString(), "application/json; charset=utf-8");
    }

    private static string StatusId(EvaluationStatus status) => status.ToString().ToLowerInvariant();
}
