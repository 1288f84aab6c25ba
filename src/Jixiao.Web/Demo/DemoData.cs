using System.Globalization;
using System.Security.Cryptography;
using Jixiao.Documents.Evaluations;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Jixiao.Web.Rounds;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Demo;

/// <summary>
/// The demo `jixiao serve` starts with: the departments of samples/ with their evaluations (as filed), an open
/// round for the next year, an administrator, a reviewer assigned every department and one filer per department
/// named after the three-digit prefix of its first sample. Loaded once, into an empty database.
/// </summary>
public sealed class DemoData(JixiaoDb db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, EvaluationAnalysis analysis,
    EvaluationStore store, RoundOpening rounds, TimeProvider clock)
{
    private const string System = "系统（演示数据）";

    /// <summary>The round the demo opens: the year after the newest sample, under the newest Guangzhou scheme.</summary>
    private const string RoundScheme = "guangzhou-2023";

    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>Loads the demo into an empty database; returns the lines to print (users and passwords), once.</summary>
    public async Task<IReadOnlyList<string>> LoadAsync(string? password)
    {
        await EnsureRolesAsync();
        if (await db.Users.AnyAsync())
            return ["演示数据已存在，沿用已有用户和密码。"];
        var accounts = new List<(string User, string Role, string Password)>();
        var admin = await CreateUserAsync("admin", "系统管理员", Roles.Admin, null, password);
        accounts.Add(("admin", "管理员", admin));
        var reviewerPassword = await CreateUserAsync("reviewer", "财政局审核人", Roles.Reviewer, null, password);
        accounts.Add(("reviewer", "审核人", reviewerPassword));
        var reviewer = await users.FindByNameAsync("reviewer") ?? throw new InvalidOperationException("审核人未能创建");

        var samples = Directory.EnumerateFiles(SamplesFolder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        var statuses = new Queue<EvaluationStatus>([EvaluationStatus.Published, EvaluationStatus.Accepted, EvaluationStatus.Submitted, EvaluationStatus.Submitted, EvaluationStatus.Submitted]);
        foreach (var file in samples)
        {
            var evaluation = EvaluationFile.Load(file, analysis.Schemes);
            var department = await db.Departments.FirstOrDefaultAsync(d => d.Name == evaluation.Department);
            if (department is null)
            {
                department = new Department { Name = evaluation.Department, Region = evaluation.Region };
                db.Departments.Add(department);
                db.ReviewerAssignments.Add(new ReviewerAssignment { UserId = reviewer.Id, Department = department });
                await db.SaveChangesAsync();
                var filer = $"filer-{Path.GetFileName(file)[..3]}";
                accounts.Add((filer, $"填报人 · {department.Name}", await CreateUserAsync(filer, $"{department.Name}填报人", Roles.Filer, department.Id, password)));
            }
            var status = statuses.Count > 0 ? statuses.Dequeue() : EvaluationStatus.Submitted;
            var record = await store.CreateAsync(department, null, evaluation, System, $"演示数据：{Path.GetFileName(file)}", status);
            if (status == EvaluationStatus.Published)
                record.PublishedAt = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync();

        var today = clock.GetUtcNow();
        var guangzhou = await db.Departments.Where(d => d.Region != null && d.Region.StartsWith("广东省广州市")).Select(d => d.Id).ToListAsync();
        var year = today.Year - 1;
        await rounds.OpenAsync($"{year}年度部门整体支出绩效自评", year, RoundScheme,
            new DateOnly(today.Month > 4 ? today.Year + 1 : today.Year, 4, 30), guangzhou, System);

        var lines = new List<string> { "已载入演示数据。以下账号和密码只显示这一次：" };
        lines.AddRange(accounts.Select(a => string.Create(CultureInfo.InvariantCulture, $"  {a.User,-12} {a.Password,-20} {a.Role}")));
        return lines;
    }

    /// <summary>Without the demo, an empty database still needs someone who can log in: an administrator.</summary>
    public async Task<IReadOnlyList<string>> EnsureAdminAsync(string? password)
    {
        await EnsureRolesAsync();
        if (await db.Users.AnyAsync())
            return [];
        var created = await CreateUserAsync("admin", "系统管理员", Roles.Admin, null, password);
        return ["已创建管理员账号（密码只显示这一次）：", $"  admin        {created}"];
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }

    private async Task<string> CreateUserAsync(string name, string displayName, string role, int? department, string? password)
    {
        password ??= RandomPassword();
        var user = new AppUser { UserName = name, DisplayName = displayName, DepartmentId = department };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            throw new InvalidOperationException($"无法创建演示用户 {name}：{string.Join("；", created.Errors.Select(e => e.Description))}（JIXIAO_DEMO_PASSWORD 须至少 8 位，含小写字母和数字）");
        await users.AddToRoleAsync(user, role);
        return password;
    }

    /// <summary>12 characters people can read aloud: no 0/O or 1/l/I.</summary>
    public static string RandomPassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = i % 4 == 3 ? digits[RandomNumberGenerator.GetInt32(digits.Length)] : letters[RandomNumberGenerator.GetInt32(letters.Length)];
        return new string(chars);
    }
}
