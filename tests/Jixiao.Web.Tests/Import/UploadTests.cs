using System.Net;
using System.Text;
using Jixiao.Tests.Shared;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Import;

/// <summary>
/// Uploads to prefill a draft are limited in type and size and go through the importer's readers: a bad upload gets
/// a Chinese message naming the file and leaves the evaluation exactly as it was; a good one is only shown, and
/// saved only when the filer applies it.
/// </summary>
public sealed class UploadTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Theory]
    [InlineData("setup.exe", "MZ\u0090\u0000binary", "不支持“.exe”格式的文件（setup.exe）")]
    [InlineData("notes", "plain words", "没有扩展名")]
    [InlineData("report.docx", "PK\u0003\u0004 a zip header and nothing after it", "report.docx")]
    [InlineData("scan.pdf", "%PDF-1.7 truncated", "scan.pdf")]
    public async Task A_bad_upload_gets_a_Chinese_message_and_changes_nothing(string name, string content, string expected)
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var before = await factory.StateAsync(draft);

        var page = await UploadAsync(filer, draft, name, Encoding.UTF8.GetBytes(content));

        page.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = page.Text;
        error.ShouldContain(expected);
        error.ShouldContain("本次导入未保存任何内容");
        (await factory.StateAsync(draft)).ShouldBe(before);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_by_size_before_it_is_read()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var before = await factory.StateAsync(draft);

        var page = await UploadAsync(filer, draft, "big.txt", new byte[21 * 1024 * 1024]);

        page.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        page.Text.ShouldContain("超过 20 MB 的上限");
        (await factory.StateAsync(draft)).ShouldBe(before);
    }

    [Fact]
    public async Task A_seed_report_is_shown_with_its_sources_and_saved_only_when_applied()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var before = await factory.StateAsync(draft);
        var seed = await File.ReadAllBytesAsync(Path.Combine(TestPaths.DevCorpus, "003_05b5c00abd3b0c5c.txt"), DemoSite.Cancel);

        var preview = await UploadAsync(filer, draft, "003.txt", seed);

        preview.Status.ShouldBe(HttpStatusCode.OK);
        var text = preview.Text;
        // Figures of seed 003 as the report states them: 全年预算数 6390.11, 执行数 6385.04.
        text.ShouldContain("6390.11");
        text.ShouldContain("6385.04");
        text.ShouldMatch("第 \\d+ 行");
        (await factory.StateAsync(draft)).ShouldBe(before, "nothing is saved before 采用");

        var applied = await filer.PostAsync($"/Evaluations/Import/{draft}?handler=Apply", preview.Form("apply-import"));

        applied.Status.ShouldBe(HttpStatusCode.Found);
        var evaluation = await factory.EvaluationAsync(draft);
        evaluation.Figures.Budget.Total.ShouldBe(6390.11m);
        evaluation.Figures.Spent.Total.ShouldBe(6385.04m);
        (await factory.StateAsync(draft)).RevisionNumber.ShouldBe(before.RevisionNumber + 1);
        (await factory.AuditAsync(draft)).ShouldContain(a => a.Action == "导入：003.txt");
    }

    private static async Task<Page> UploadAsync(WebSession filer, int draft, string name, byte[] bytes)
    {
        var token = (await filer.PageAsync($"/Evaluations/Import/{draft}")).Token;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), HtmlScraper.TokenName },
            { new ByteArrayContent(bytes), "file", name },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Evaluations/Import/{draft}?handler=Upload") { Content = content };
        return await filer.SendAsync(request);
    }
}
