using Jixiao.Core.Evaluations;
using Jixiao.Documents.Evaluations;
using Jixiao.Tests.Shared.Web;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// The demo the application loads (Demo/DemoData.cs): its users and departments by name, and look-ups of ids
/// through the database, never hard-coded.
/// </summary>
internal static class DemoSite
{
    public const string Password = DemoHost.Password;

    /// <summary>filer-000; its 2022 evaluation is published, and it has a 2025 draft.</summary>
    public const string HuaduAffairs = "广州市花都区机关事务管理局";

    /// <summary>filer-001; evaluations of 2021 and 2023, and a 2025 draft.</summary>
    public const string LiwanAffairs = "广州市荔湾区机关事务管理局";

    /// <summary>filer-002.</summary>
    public const string HuaduOffice = "广州市花都区人民政府办公室";

    /// <summary>filer-004; not in Guangzhou, so no 2025 draft.</summary>
    public const string Furong = "芙蓉区机关事务中心";

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<int> DepartmentIdAsync(this JixiaoFactory factory, string department) =>
        factory.WithDbAsync(db => db.Departments.Where(d => d.Name == department).Select(d => d.Id).SingleAsync(Cancel));

    /// <summary>The Identity id of a user ("admin", "reviewer", "filer-001" …).</summary>
    public static Task<string> UserIdAsync(this JixiaoFactory factory, string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(Cancel));

    /// <summary>The department's draft of the round the demo opens (the first one of the round; tests add more).</summary>
    public static Task<int> RoundDraftIdAsync(this JixiaoFactory factory, string department) =>
        factory.WithDbAsync(db => db.Evaluations.Where(e => e.Department!.Name == department && e.RoundId != null)
            .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Cancel));

    /// <summary>The department's evaluation of a year, as loaded from samples/.</summary>
    public static Task<int> EvaluationIdAsync(this JixiaoFactory factory, string department, int year) =>
        factory.WithDbAsync(db => db.Evaluations.Where(e => e.Department!.Name == department && e.Year == year)
            .Select(e => e.Id).SingleAsync(Cancel));

    public static Task<int[]> EvaluationIdsAsync(this JixiaoFactory factory, string department) =>
        factory.WithDbAsync(db => db.Evaluations.Where(e => e.Department!.Name == department).OrderBy(e => e.Id)
            .Select(e => e.Id).ToArrayAsync(Cancel));

    /// <summary>
    /// A new draft of the department, a copy of its round draft made the way the round made it (through the
    /// application's EvaluationStore), so a test that saves has a record no other test touches.
    /// </summary>
    public static Task<int> NewDraftAsync(this JixiaoFactory factory, string department) => factory.WithDbAsync(async (db, services) =>
    {
        var template = await db.Evaluations.Include(e => e.Department).Include(e => e.Round)
            .Where(e => e.Department!.Name == department && e.RoundId != null).OrderBy(e => e.Id).FirstAsync(Cancel);
        var evaluation = services.GetRequiredService<EvaluationAnalysis>().Load(template);
        var record = await services.GetRequiredService<EvaluationStore>()
            .CreateAsync(template.Department!, template.Round, evaluation, "测试", "测试用草稿", cancel: Cancel);
        return record.Id;
    });

    /// <summary>
    /// Files an evaluation outside any round with the given status, for a department (created when new): a sample
    /// filed as that department and year, with <paramref name="edit"/> applied to its YAML.
    /// </summary>
    public static Task<int> FileAsync(this JixiaoFactory factory, string sample, string department, int year, EvaluationStatus status,
        Func<string, string>? edit = null) => factory.WithDbAsync(async (db, services) =>
    {
        var analysis = services.GetRequiredService<EvaluationAnalysis>();
        var yaml = TestData.SampleAs(sample, department, year);
        if (edit is not null)
            yaml = edit(yaml);
        var evaluation = EvaluationFile.Parse(yaml, department, analysis.Schemes);
        var record = await db.Departments.FirstOrDefaultAsync(d => d.Name == department, Cancel);
        if (record is null)
        {
            record = new Department { Name = department, Region = evaluation.Region };
            db.Departments.Add(record);
            await db.SaveChangesAsync(Cancel);
        }
        var created = await services.GetRequiredService<EvaluationStore>().CreateAsync(record, null, evaluation, "测试", "测试数据", status, Cancel);
        if (status == EvaluationStatus.Published)
        {
            created.PublishedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(Cancel);
        }
        return created.Id;
    });

    /// <summary>Everything a refused request must leave as it was.</summary>
    public static Task<RecordState> StateAsync(this JixiaoFactory factory, int id) => factory.WithDbAsync(async db =>
    {
        var record = await db.Evaluations.AsNoTracking().SingleAsync(e => e.Id == id, Cancel);
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.EvaluationRecordId == id).OrderBy(r => r.Number)
            .Select(r => new { r.Number, r.CreatedBy, r.Reason, r.Content }).ToListAsync(Cancel);
        var audit = await db.AuditLog.CountAsync(a => a.EvaluationRecordId == id, Cancel);
        return new RecordState(record.Content, record.RevisionNumber, record.Status, record.Version, revisions.Count,
            string.Join("\n---\n", revisions.Select(r => $"{r.Number} {r.CreatedBy} {r.Reason}\n{r.Content}")), audit);
    });

    /// <summary>The evaluation as stored, read by the application's own loader.</summary>
    public static Task<Evaluation> EvaluationAsync(this JixiaoFactory factory, int id) => factory.WithDbAsync(async (db, services) =>
        services.GetRequiredService<EvaluationAnalysis>().Load(await db.Evaluations.AsNoTracking().SingleAsync(e => e.Id == id, Cancel)));

    /// <summary>The evaluation's audit log, oldest first.</summary>
    public static Task<List<AuditEntry>> AuditAsync(this JixiaoFactory factory, int id) =>
        factory.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.EvaluationRecordId == id).OrderBy(a => a.Id).ToListAsync(Cancel));

    /// <summary>A user the demo does not have, made through Identity as an administrator would.</summary>
    public static Task<AppUser> CreateUserAsync(this JixiaoFactory factory, string name, string role, int? departmentId = null) =>
        factory.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = name, DisplayName = $"测试用户 {name}", DepartmentId = departmentId };
            var created = await users.CreateAsync(user, Password);
            created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
            (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
            return user;
        });

    /// <summary>A unique user name for a test's own user.</summary>
    public static string NewUserName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
