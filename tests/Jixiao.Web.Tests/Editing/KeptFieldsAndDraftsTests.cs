using System.Net;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Editing;

/// <summary>
/// What an evaluation file holds that the form has no inputs for — the evaluation's own outline (sample 003 follows
/// the 2022 headings in a 2023 report) and its 填报日期 — survives a save through the form; and downloads are drafts
/// while the evaluation is not ready, as `jixiao report` writes them.
/// </summary>
public sealed class KeptFieldsAndDraftsTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Saving_the_form_keeps_the_evaluations_own_outline_and_filing_date()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        var sample = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "003_05b5c00abd3b0c5c.yaml"), DemoSite.Cancel);
        await factory.WithDbAsync(async db =>
        {
            var record = await db.Evaluations.SingleAsync(e => e.Id == draft, DemoSite.Cancel);
            record.Content = sample.TrimEnd() + "\nfiledOn: 2024-03-20\n";
            await db.SaveChangesAsync(DemoSite.Cancel);
            return 0;
        });
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");

        var page = await filer.EvaluationAsync(draft);
        (await filer.PostEvaluationAsync(draft, "Save", page.Form().Set("Form.Figures[budget.total]", "6390.11"))).Status.ShouldBe(HttpStatusCode.Found);

        var saved = await factory.EvaluationAsync(draft);
        saved.FiledOn.ShouldBe(new DateOnly(2024, 3, 20));
        saved.Outline.Select(s => s.Title).Take(2).ShouldBe(["一、基本情况", "二、综合评价分析"]);
        saved.Narrative.Keys.ShouldBeSubsetOf(saved.Outline.SelectMany(s => s.SelfAndDescendants()).Select(s => s.Id));
    }

    [Fact]
    public async Task A_draft_with_missing_parts_downloads_marked_as_a_draft()
    {
        // The round's draft is prefilled from last year without this year's figures: it cannot be final.
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");

        using var response = await filer.Http.GetAsync(new Uri($"/Evaluations/{draft}?handler=Download&format=docx", UriKind.Relative), DemoSite.Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (response.Content.Headers.ContentDisposition?.FileNameStar ?? "").ShouldContain("（草稿）");
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(await response.Content.ReadAsStreamAsync(DemoSite.Cancel), false);
        docx.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText).ShouldContain(t => t.Contains("草稿", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invisible_control_characters_pasted_into_the_form_are_taken_out_and_the_save_keeps_the_text()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var page = await filer.EvaluationAsync(draft);
        // A vertical tab and a unit separator, as text copied out of a spreadsheet or a PDF brings them.
        var form = page.Form().Set("Form.Narrative[problems]", "人员编制\u000b不足，\u001f部分项目进度滞后").Set("Form.AnnualGoal", "\u0001");

        (await filer.PostEvaluationAsync(draft, "Save", form)).Status.ShouldBe(HttpStatusCode.Found);

        // The stored file is read as `jixiao check` reads one, whose parser refuses control characters.
        var saved = await factory.EvaluationAsync(draft);
        saved.Narrative["problems"].ShouldBe("人员编制不足，部分项目进度滞后");
        saved.AnnualGoal.ShouldBeNullOrEmpty();
    }
}
