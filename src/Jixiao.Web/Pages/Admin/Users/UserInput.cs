using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Users;

/// <summary>A user's name, role and department as typed; the same checks when creating and changing a user.</summary>
public sealed class UserInput
{
    public const int MaxDisplayName = 100;

    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; }

    public int? DepartmentId { get; set; }

    public string TrimmedUserName => (UserName ?? "").Trim();

    public string TrimmedDisplayName => (DisplayName ?? "").Trim();

    public bool IsFiler => Role == Roles.Filer;

    /// <summary>Only a filer belongs to a department; for other roles the choice is ignored.</summary>
    public int? EffectiveDepartmentId => IsFiler ? DepartmentId : null;

    /// <summary>Adds errors under "Input.…"; returns the filer's department when one is needed and found.</summary>
    public async Task<Department?> ValidateAsync(JixiaoDb db, FormErrors errors, CancellationToken cancel)
    {
        if (TrimmedDisplayName.Length == 0)
            errors.Add("Input.DisplayName", "请填写姓名或称呼");
        else if (TrimmedDisplayName.Length > MaxDisplayName)
            errors.Add("Input.DisplayName", $"姓名最多 {MaxDisplayName} 个字");
        if (Role is null || !Roles.All.Contains(Role))
        {
            errors.Add("Input.Role", "请选择角色");
            return null;
        }
        if (!IsFiler)
            return null;
        var department = DepartmentId is { } id ? await db.Departments.FirstOrDefaultAsync(d => d.Id == id, cancel) : null;
        if (department is null)
            errors.Add("Input.DepartmentId", "填报人须选择所属部门");
        return department;
    }
}
