using System.Security.Claims;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Users;

/// <summary>
/// One user: change name, role and department; reset the password (typed or generated, shown once); unlock an
/// account that five wrong passwords locked. An administrator cannot take the admin role from themselves.
/// </summary>
public sealed class EditModel(JixiaoDb db, UserManager<AppUser> users, EvaluationAccess access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public FormErrors Errors { get; } = new();

    public AppUser Person { get; private set; } = null!;

    public string? Role { get; private set; }

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    /// <summary>The departments this user reviews, when a reviewer.</summary>
    public IReadOnlyList<Department> Reviews { get; private set; } = [];

    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsSelf { get; private set; }

    /// <summary>The generated password after a reset, shown once.</summary>
    public string? Generated { get; private set; }

    public bool WasReset { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        Input = new UserInput { DisplayName = Person.DisplayName, Role = Role, DepartmentId = Person.DepartmentId };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        var department = await Input.ValidateAsync(db, Errors, cancel);
        if (IsSelf && Role == Roles.Admin && Input.Role is not null && Input.Role != Roles.Admin)
            Errors.Add("Input.Role", "不能取消自己的管理员角色。如确需更换，请由另一位管理员操作。");
        if (Errors.Any)
            return Invalid();

        var oldDepartment = Person.DepartmentId is { } d ? Departments.FirstOrDefault(x => x.Id == d)?.Name : null;
        var changes = new List<string>();
        changes.AddRange(AdminLog.Change("姓名", Person.DisplayName, Input.TrimmedDisplayName));
        changes.AddRange(AdminLog.Change("角色", Role is null ? null : Roles.ChineseName(Role), Roles.ChineseName(Input.Role!)));
        changes.AddRange(AdminLog.Change("部门", oldDepartment, department?.Name));
        if (Role == Roles.Reviewer && Input.Role != Roles.Reviewer && Reviews.Count > 0)
        {
            // Assignments follow the role: someone who no longer reviews should not be listed as a department's reviewer.
            changes.AddRange(AdminLog.Change("审核部门", string.Join("、", Reviews.Select(r => r.Name)), null));
            db.ReviewerAssignments.RemoveRange(await db.ReviewerAssignments.Where(a => a.UserId == Person.Id).ToListAsync(cancel));
        }
        if (changes.Count == 0)
        {
            TempData["Message"] = "没有改动。";
            return RedirectToPage(new { id });
        }
        var rightsChanged = Role != Input.Role || Person.DepartmentId != department?.Id;
        Person.DisplayName = Input.TrimmedDisplayName;
        Person.DepartmentId = department?.Id;
        var updated = await users.UpdateAsync(Person);
        if (!updated.Succeeded)
        {
            IdentityErrorsByField.Add(Errors, updated.Errors, "Input.DisplayName", nameof(NewPassword));
            return Invalid();
        }
        if (Role != Input.Role)
        {
            if (Role is not null)
                await users.RemoveFromRoleAsync(Person, Role);
            await users.AddToRoleAsync(Person, Input.Role!);
        }
        // A new stamp signs the user out of old sessions, whose cookie still carries the old role and department.
        if (rightsChanged)
            await users.UpdateSecurityStampAsync(Person);
        AdminLog.Add(db, clock, access.UserName, "修改用户", [$"用户：{Person.UserName}", .. changes]);
        await db.SaveChangesAsync(cancel);
        TempData["Message"] = $"已保存 {Person.UserName} 的信息。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        ResetInput();
        var typed = string.IsNullOrEmpty(NewPassword) ? null : NewPassword;
        if (typed is not null)
            IdentityErrorsByField.Add(Errors, await IdentityErrorsByField.CheckPasswordAsync(users, Person, typed), nameof(NewPassword), nameof(NewPassword));
        if (Errors.Any)
            return Invalid();
        var password = typed ?? DemoData.RandomPassword();
        var token = await users.GeneratePasswordResetTokenAsync(Person);
        var reset = await users.ResetPasswordAsync(Person, token, password);
        if (!reset.Succeeded)
        {
            IdentityErrorsByField.Add(Errors, reset.Errors, nameof(NewPassword), nameof(NewPassword));
            return Invalid();
        }
        AdminLog.Add(db, clock, access.UserName, "重置密码", [$"用户：{Person.UserName}", typed is null ? "密码：已自动生成新密码" : "密码：已设为管理员输入的新密码"]);
        await db.SaveChangesAsync(cancel);
        WasReset = true;
        Generated = typed is null ? password : null;
        NewPassword = null;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        var failed = Person.AccessFailedCount;
        await users.SetLockoutEndDateAsync(Person, null);
        await users.ResetAccessFailedCountAsync(Person);
        AdminLog.Add(db, clock, access.UserName, "解锁",
        [
            $"用户：{Person.UserName}", .. AdminLog.Change("锁定至", LockedUntil?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), null),
            .. AdminLog.Change("登录失败次数", failed.ToString(System.Globalization.CultureInfo.InvariantCulture), "0"),
        ]);
        await db.SaveChangesAsync(cancel);
        TempData["Message"] = $"已解锁 {Person.UserName}，现在可以登录。";
        return RedirectToPage(new { id });
    }

    private void ResetInput() => Input = new UserInput { DisplayName = Person.DisplayName, Role = Role, DepartmentId = Person.DepartmentId };

    private IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancel)
    {
        if (await users.FindByIdAsync(id) is not { } person)
            return false;
        Person = person;
        Role = (await users.GetRolesAsync(person)).Order(StringComparer.Ordinal).FirstOrDefault();
        IsSelf = User.FindFirstValue(ClaimTypes.NameIdentifier) == person.Id;
        LockedUntil = person.LockoutEnd > clock.GetUtcNow() ? person.LockoutEnd : null;
        Departments = await db.Departments.OrderBy(d => d.Region).ThenBy(d => d.Name).ToListAsync(cancel);
        var reviewed = await db.ReviewerAssignments.Where(a => a.UserId == id).Select(a => a.DepartmentId).ToListAsync(cancel);
        Reviews = Departments.Where(d => reviewed.Contains(d.Id)).ToList();
        return true;
    }
}
