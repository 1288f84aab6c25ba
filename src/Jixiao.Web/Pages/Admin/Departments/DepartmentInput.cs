using Jixiao.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Departments;

/// <summary>A department's name and 行政区划 as typed, checked the same way when creating and renaming.</summary>
public sealed class DepartmentInput
{
    public const int MaxLength = 200;

    public string? Name { get; set; }

    public string? Region { get; set; }

    public string TrimmedName => (Name ?? "").Trim();

    public string? TrimmedRegion => string.IsNullOrWhiteSpace(Region) ? null : Region.Trim();

    /// <summary>Adds errors under "Input.Name"/"Input.Region"; <paramref name="except"/> is the department being renamed.</summary>
    public async Task ValidateAsync(JixiaoDb db, FormErrors errors, int? except, CancellationToken cancel)
    {
        var name = TrimmedName;
        if (name.Length == 0)
            errors.Add("Input.Name", "请填写部门名称");
        else if (name.Length > MaxLength)
            errors.Add("Input.Name", $"部门名称最多 {MaxLength} 个字");
        else if (await db.Departments.AnyAsync(d => d.Name == name && d.Id != except, cancel))
            errors.Add("Input.Name", $"已有名为“{name}”的部门，部门名称不能重复");
        if (TrimmedRegion is { Length: > MaxLength })
            errors.Add("Input.Region", $"行政区划最多 {MaxLength} 个字");
    }
}
