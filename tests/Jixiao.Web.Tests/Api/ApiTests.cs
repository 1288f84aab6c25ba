using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Api;

/// <summary>
/// Issue test 9: the JSON API — the same rights with a cookie or a bearer token, an OpenAPI description, and
/// POST /api/score answering exactly what `jixiao check --json` prints for the same evaluation, as YAML or JSON.
/// </summary>
public sealed class ApiTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static string SamplesFolder => TestData.SamplesFolder;

    public static TheoryData<string> Samples => new(Directory.GetFiles(SamplesFolder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public async Task The_reviewer_lists_the_assigned_evaluations_with_a_cookie_and_with_a_bearer_token()
    {
        var expected = await factory.WithDbAsync(db => db.Evaluations
            .Where(e => db.ReviewerAssignments.Any(a => a.DepartmentId == e.DepartmentId && db.Users.Any(u => u.Id == a.UserId && u.UserName == "reviewer")))
            .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(DemoSite.Cancel));
        expected.Count.ShouldBe(await factory.WithDbAsync(db => db.Evaluations.CountAsync(DemoSite.Cancel)), "the demo assigns the reviewer every department");

        using var withCookie = await WebSession.SignedInAsync(factory, "reviewer");
        var byCookie = await withCookie.GetAsync("/api/evaluations");
        byCookie.Status.ShouldBe(HttpStatusCode.OK);
        byCookie.Response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        JsonNode.Parse(byCookie.Html)!.AsArray().Select(r => (int)r!["id"]!).ShouldBe(expected);

        using var withToken = WebSession.Open(factory);
        withToken.UseBearer(await TokenAsync(withToken, "reviewer"));
        var byToken = await withToken.GetAsync("/api/evaluations");
        byToken.Status.ShouldBe(HttpStatusCode.OK);
        byToken.Html.ShouldBe(byCookie.Html);
        var one = await withToken.GetAsync($"/api/evaluations/{expected[0]}");
        one.Status.ShouldBe(HttpStatusCode.OK);
        ((int)JsonNode.Parse(one.Html)!["id"]!).ShouldBe(expected[0]);

        using var forged = WebSession.Open(factory);
        forged.UseBearer("not-a-token");
        (await forged.GetAsync("/api/evaluations")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_evaluation_and_score_endpoints()
    {
        using var anonymous = WebSession.Open(factory);
        var page = await anonymous.GetAsync("/openapi/v1.json");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var document = JsonNode.Parse(page.Html)!.AsObject();
        ((string)document["openapi"]!).ShouldStartWith("3.");
        ((string)document["info"]!["title"]!).ShouldNotBeNullOrWhiteSpace();
        ((string)document["info"]!["version"]!).ShouldNotBeNullOrWhiteSpace();
        var paths = document["paths"]!.AsObject();
        foreach (var path in new[] { "/api/token", "/api/evaluations", "/api/evaluations/{id}", "/api/score" })
            paths.ContainsKey(path).ShouldBeTrue(path);
        paths["/api/evaluations"]!["get"].ShouldNotBeNull();
        var get = paths["/api/evaluations/{id}"]!["get"]!;
        get["parameters"]!.AsArray().ShouldContain(p => (string)p!["name"]! == "id" && (string)p["in"]! == "path");
        var score = paths["/api/score"]!["post"]!["requestBody"]!["content"]!.AsObject();
        score.Select(c => c.Key).ShouldBe(["application/yaml", "application/json"], ignoreOrder: true);
        paths["/api/token"]!["post"].ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Scoring_a_sample_as_yaml_answers_what_jixiao_check_json_prints(string sample)
    {
        var file = Path.Combine(SamplesFolder, sample);
        var expected = WithoutFile(await JixiaoCli.RunAsync("check", "--json", file));
        using var client = await ClientAsync();

        var answer = await ScoreAsync(client, await File.ReadAllTextAsync(file, DemoSite.Cancel), "application/yaml");

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.Html);
        answer.Response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        ShouldEqual(WithoutFile(answer.Html), expected);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task The_same_evaluation_as_json_is_scored_the_same(string sample)
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(SamplesFolder, sample), DemoSite.Cancel);
        using var client = await ClientAsync();

        var asYaml = await ScoreAsync(client, yaml, "application/yaml");
        var asJson = await ScoreAsync(client, YamlToJson.Convert(yaml), "application/json");

        asJson.Status.ShouldBe(HttpStatusCode.OK, asJson.Html);
        ShouldEqual(JsonNode.Parse(asJson.Html)!, JsonNode.Parse(asYaml.Html)!);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Another_scheme_rescores_as_jixiao_check_scheme_does(string sample)
    {
        var file = Path.Combine(SamplesFolder, sample);
        var expected = WithoutFile(await JixiaoCli.RunAsync("check", "--json", "--scheme", "national-2020", file));
        using var client = await ClientAsync();

        var answer = await ScoreAsync(client, await File.ReadAllTextAsync(file, DemoSite.Cancel), "application/yaml", "?scheme=national-2020");

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.Html);
        var body = WithoutFile(answer.Html);
        ((string)body["scheme"]!).ShouldBe("national-2020");
        ShouldEqual(body, expected);
    }

    [Fact]
    public async Task Malformed_yaml_is_refused_with_a_chinese_message_naming_the_line()
    {
        using var client = await ClientAsync();
        const string Yaml = "department: 测试部门\nyear: 2023\nscheme: guangzhou-2023\nfigures:\n  budget: { total: 100\n";

        var answer = await ScoreAsync(client, Yaml, "application/yaml");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.Response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var detail = (string)JsonNode.Parse(answer.Html)!["detail"]!;
        detail.ShouldMatch("第 [56] 行");
        detail.ShouldContain("YAML 格式错误");
    }

    [Fact]
    public async Task An_unknown_scheme_is_refused_with_a_chinese_message()
    {
        using var client = await ClientAsync();
        var yaml = await File.ReadAllTextAsync(TestData.SamplePath("002"), DemoSite.Cancel);

        var answer = await ScoreAsync(client, yaml, "application/yaml", "?scheme=no-such-scheme");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        ((string)JsonNode.Parse(answer.Html)!["detail"]!).ShouldContain("no-such-scheme");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task An_unsupported_content_type_is_415(string type)
    {
        using var client = await ClientAsync();
        var answer = await ScoreAsync(client, "department: 测试部门\nyear: 2023\n", type);
        answer.Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_from_every_secured_endpoint()
    {
        using var anonymous = WebSession.Open(factory);
        var yaml = await File.ReadAllTextAsync(TestData.SamplePath("002"), DemoSite.Cancel);
        var answers = new[]
        {
            await ScoreAsync(anonymous, yaml, "application/yaml"),
            await anonymous.GetAsync("/api/evaluations"),
            await anonymous.GetAsync($"/api/evaluations/{await factory.RoundDraftIdAsync(DemoSite.LiwanAffairs)}"),
        };
        foreach (var answer in answers)
        {
            answer.Status.ShouldBe(HttpStatusCode.Unauthorized);
            answer.Location.ShouldBeNull();
            answer.Html.ShouldNotContain("score");
        }
    }

    /// <summary>A filer: scoring needs a signed-in caller, any role.</summary>
    private async Task<WebSession> ClientAsync()
    {
        var client = WebSession.Open(factory);
        client.UseBearer(await TokenAsync(client, "filer-004"));
        return client;
    }

    private static async Task<string> TokenAsync(WebSession client, string user)
    {
        var response = await client.Http.PostAsJsonAsync("/api/token", new { userName = user, password = DemoSite.Password }, DemoSite.Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(DemoSite.Cancel))!;
        ((string)body["tokenType"]!).ShouldBe("Bearer");
        return (string)body["accessToken"]!;
    }

    private static Task<Page> ScoreAsync(WebSession client, string body, string contentType, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/score" + query)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)),
        };
        return client.SendAsync(request);
    }

    private static JsonObject WithoutFile(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("file").ShouldBeTrue("the answer names its input");
        return node;
    }

    private static void ShouldEqual(JsonNode actual, JsonNode expected) =>
        JsonNode.DeepEquals(actual, expected).ShouldBeTrue($"expected\n{expected.ToJsonString()}\nbut got\n{actual.ToJsonString()}");
}
