namespace Jixiao.Web.Api;

/// <summary>
/// The JSON API: the same rights as the pages (cookie or bearer token, evaluations found through
/// <see cref="Access.EvaluationAccess"/>), described at /openapi/v1.json.
/// </summary>
internal static class ApiEndpoints
{
    public const string Policy = "api";

    public static void MapJixiaoApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Jixiao");
        api.MapPost("/token", TokenEndpoint.SignInAsync).AllowAnonymous()
            .WithSummary("以用户名和密码换取访问令牌（Bearer）");
        var secured = api.MapGroup("").RequireAuthorization(Policy);
        secured.MapGet("/evaluations", EvaluationsEndpoints.ListAsync).WithSummary("调用者可见的自评");
        secured.MapGet("/evaluations/{id:int}", EvaluationsEndpoints.GetAsync).WithSummary("一份自评：状态、得分、评级、比率与审核发现");
        secured.MapPost("/score", ScoreEndpoint.ScoreAsync).WithSummary("无状态评分：提交评价文件（YAML 或 JSON），返回 jixiao check --json 的结果")
            .Accepts(typeof(string), "application/yaml", "application/json");
    }
}
