using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Data;

/// <summary>A person who logs in: a department's filer (with its department), a reviewer or an administrator.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>姓名 or 称呼 shown in the audit log and the header.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The department a 填报人 files for; null for reviewers and administrators.</summary>
    public int? DepartmentId { get; set; }

    public Department? Department { get; set; }
}
