using System.Globalization;
using System.Net;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Editing;

/// <summary>
/// Issue test 7: optimistic concurrency. Two people who loaded the same version both save: the first wins, the
/// second gets the conflict (409, in Chinese) and nothing of theirs is written; every save appends a revision and
/// an audit entry "before → after". Run on both databases.
/// </summary>
public abstract class ConcurrencyTests(JixiaoFactory factory)
{
    private const string Budget = "Form.Figures[budget.total]";

    [Fact]
    public async Task Of_two_saves_of_the_same_version_the_second_is_a_conflict_and_the_first_value_stays()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        var colleague = DemoSite.NewUserName("filer");
        await factory.CreateUserAsync(colleague, Roles.Filer, await factory.DepartmentIdAsync(DemoSite.LiwanAffairs));
        using var first = await WebSession.SignedInAsync(factory, "filer-001");
        using var second = await WebSession.SignedInAsync(factory, colleague);
        var firstForm = (await first.EvaluationAsync(draft)).Form().Set(Budget, "6100.5");
        var secondForm = (await second.EvaluationAsync(draft)).Form().Set(Budget, "7200");
        secondForm.Version.ShouldBe(firstForm.Version);
        var before = await factory.StateAsync(draft);

        var saved = await first.PostEvaluationAsync(draft, "Save", firstForm);
        saved.Status.ShouldBe(HttpStatusCode.Found);
        saved.Location.ShouldBe($"/Evaluations/{draft}");

        var conflict = await second.PostEvaluationAsync(draft, "Save", secondForm);
        conflict.Status.ShouldBe(HttpStatusCode.Conflict);
        conflict.Text.ShouldContain("保存失败：这份自评刚被他人修改过");
        HtmlScraper.InputValue(conflict.Html, Budget).ShouldBe("7200", "the message says the typed values are still on the page");

        (await factory.EvaluationAsync(draft)).Figures.Budget.Total.ShouldBe(6100.5m);
        var after = await factory.StateAsync(draft);
        after.RevisionNumber.ShouldBe(before.RevisionNumber + 1);
        after.RevisionCount.ShouldBe(before.RevisionCount + 1);
        after.AuditEntries.ShouldBe(before.AuditEntries + 1);
        (await factory.AuditAsync(draft)).ShouldNotContain(a => a.UserName == colleague);
    }

    [Fact]
    public async Task Every_save_appends_a_revision_and_logs_before_and_after()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var before = await factory.StateAsync(draft);

        var page = await filer.EvaluationAsync(draft);
        (await filer.PostEvaluationAsync(draft, "Save", page.Form().Set(Budget, "6100.5"))).Status.ShouldBe(HttpStatusCode.Found);
        var middle = await factory.StateAsync(draft);
        page = await filer.EvaluationAsync(draft);
        page.Form().Version.ShouldBe(middle.Version);
        page.Text.ShouldContain($"已保存（第 {before.RevisionNumber + 1} 版）");
        (await filer.PostEvaluationAsync(draft, "Save", page.Form().Set(Budget, "6200"))).Status.ShouldBe(HttpStatusCode.Found);

        var after = await factory.StateAsync(draft);
        after.RevisionNumber.ShouldBe(before.RevisionNumber + 2);
        after.RevisionCount.ShouldBe(before.RevisionCount + 2);
        after.Version.ShouldBeGreaterThan(middle.Version);
        middle.Version.ShouldBeGreaterThan(before.Version);
        // Earlier revisions are kept exactly as they were written.
        after.Revisions.ShouldStartWith(middle.Revisions);
        middle.Revisions.ShouldStartWith(before.Revisions);
        var revisions = await factory.WithDbAsync(db => db.Revisions.AsNoTracking().Where(r => r.EvaluationRecordId == draft)
            .OrderBy(r => r.Number).ToListAsync(DemoSite.Cancel));
        revisions.Select(r => r.Number).ShouldBe(Enumerable.Range(1, after.RevisionNumber));
        revisions[^2].Content.ShouldContain("6100.5");
        revisions[^1].Content.ShouldContain("6200");
        revisions[^1].CreatedBy.ShouldBe("filer-001");

        var saves = (await factory.AuditAsync(draft)).Where(a => a.Action == "保存").ToList();
        saves.Count.ShouldBe(2);
        saves.ShouldAllBe(a => a.UserName == "filer-001");
        saves[0].Detail.ShouldBe("全年预算数：（空）→ 6100.5");
        saves[1].Detail.ShouldBe("全年预算数：6100.5 → 6200");
    }

    [Fact]
    public async Task Of_simultaneous_saves_of_one_version_one_is_saved_and_the_others_conflict()
    {
        const int People = 6;
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        var sessions = new List<WebSession>();
        try
        {
            for (var i = 0; i < People; i++)
                sessions.Add(await WebSession.SignedInAsync(factory, "filer-001"));
            var forms = new List<FormFields>();
            foreach (var (session, i) in sessions.Select((s, i) => (s, i)))
                forms.Add((await session.EvaluationAsync(draft)).Form().Set(Budget, (6000 + i).ToString(CultureInfo.InvariantCulture)));
            var before = await factory.StateAsync(draft);

            var answers = await Task.WhenAll(sessions.Select((s, i) => Task.Run(() => s.PostEvaluationAsync(draft, "Save", forms[i]), DemoSite.Cancel)));

            answers.Select(a => a.Status).Order().ShouldBe([HttpStatusCode.Found, .. Enumerable.Repeat(HttpStatusCode.Conflict, People - 1)]);
            var winner = Array.FindIndex(answers, a => a.Status == HttpStatusCode.Found);
            (await factory.EvaluationAsync(draft)).Figures.Budget.Total.ShouldBe(6000m + winner);
            var after = await factory.StateAsync(draft);
            after.RevisionNumber.ShouldBe(before.RevisionNumber + 1);
            after.RevisionCount.ShouldBe(before.RevisionCount + 1);
            after.AuditEntries.ShouldBe(before.AuditEntries + 1);
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task A_save_that_loses_the_race_in_the_database_is_a_conflict_and_writes_nothing()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        var before = await factory.StateAsync(draft);
        await using var one = factory.Services.CreateAsyncScope();
        await using var two = factory.Services.CreateAsyncScope();
        // Both loaded the record at the same version, as two requests in flight at once would.
        var (storeOne, recordOne, evaluationOne) = await LoadAsync(one.ServiceProvider, draft, 6100.5m);
        var (storeTwo, recordTwo, evaluationTwo) = await LoadAsync(two.ServiceProvider, draft, 7200m);
        recordTwo.Version.ShouldBe(recordOne.Version);

        (await storeOne.SaveAsync(recordOne, evaluationOne, before.Version, "甲", "保存", DemoSite.Cancel)).ShouldBe(SaveOutcome.Saved);
        (await storeTwo.SaveAsync(recordTwo, evaluationTwo, before.Version, "乙", "保存", DemoSite.Cancel)).ShouldBe(SaveOutcome.Conflict);

        (await factory.EvaluationAsync(draft)).Figures.Budget.Total.ShouldBe(6100.5m);
        var after = await factory.StateAsync(draft);
        after.RevisionNumber.ShouldBe(before.RevisionNumber + 1);
        after.RevisionCount.ShouldBe(before.RevisionCount + 1);
        after.AuditEntries.ShouldBe(before.AuditEntries + 1);
        (await factory.AuditAsync(draft)).ShouldNotContain(a => a.UserName == "乙");
    }

    /// <summary>The record as a request loads it, and its evaluation with 全年预算数 changed the way the page changes it.</summary>
    private static async Task<(EvaluationStore Store, EvaluationRecord Record, Core.Evaluations.Evaluation Evaluation)> LoadAsync(
        IServiceProvider services, int id, decimal budget)
    {
        var record = await services.GetRequiredService<JixiaoDb>().Evaluations.Include(e => e.Department).SingleAsync(e => e.Id == id, DemoSite.Cancel);
        var analysis = services.GetRequiredService<EvaluationAnalysis>();
        var form = EvaluationForm.From(analysis.Load(record), record.Version);
        form.Figures["budget.total"] = budget.ToString(CultureInfo.InvariantCulture);
        var reading = EvaluationFormReader.Read(form, new EvaluationHeader(record.Department!.Name, record.Year, record.SchemeId), analysis.Schemes);
        reading.IsValid.ShouldBeTrue(string.Join("; ", reading.Errors.Values));
        return (services.GetRequiredService<EvaluationStore>(), record, reading.Evaluation!);
    }
}
