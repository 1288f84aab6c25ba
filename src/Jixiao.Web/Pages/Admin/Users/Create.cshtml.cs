using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Users;

/// <summary>
/// Creates a user with a role (and a department for a filer) and a password typed here or generated; a generated
/// password is shown once, on the page that answers the post, and stored nowhere but as Identity's hash.
/// </summary>
public sealed class CreateModel(JixiaoDb db, UserManager<AppUser> users, EvaluationAccess access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new() { Role = Roles.Filer };

    /// <summary>Outside <see cref="Input"/>: a password is never written back into the form.</summary>
    [BindProperty]
    public string? Password { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public AppUser? Created { get; private set; }

    /// <summary>The generated password, shown once.</summary>
    public string? Generated { get; private set; }

    public async Task OnGetAsync(int? department, string? role, CancellationToken cancel)
    {
        Input.DepartmentId = department;
        if (role is not null && Roles.All.Contains(role))
            Input.Role = role;
        await LoadAsync(cancel);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        // Checked in the order of the form, so the summary lists the errors top to bottom.
        var user = new AppUser { UserName = Input.TrimmedUserName, DisplayName = Input.TrimmedDisplayName };
        if (Input.TrimmedUserName.Length == 0)
            Errors.Add("Input.UserName", "请填写用户名");
        else
            IdentityErrorsByField.Add(Errors, await IdentityErrorsByField.CheckUserAsync(users, user), "Input.UserName", nameof(Password));
        var department = await Input.ValidateAsync(db, Errors, cancel);
        user.DepartmentId = department?.Id;
        var typed = string.IsNullOrEmpty(Password) ? null : Password;
        var password = typed ?? DemoData.RandomPassword();
        if (typed is not null)
            IdentityErrorsByField.Add(Errors, await IdentityErrorsByField.CheckPasswordAsync(users, user, typed), "Input.UserName", nameof(Password));
        if (!Errors.Any)
        {
            var created = await users.CreateAsync(user, password);
            if (created.Succeeded)
            {
                var role = await users.AddToRoleAsync(user, Input.Role!);
                if (!role.Succeeded)
                    throw new InvalidOperationException(string.Join("；", role.Errors.Select(e => e.Description)));
                AdminLog.Add(db, clock, access.UserName, "新建用户",
                [
                    .. AdminLog.Change("用户名", null, user.UserName), .. AdminLog.Change("姓名", null, user.DisplayName),
                    .. AdminLog.Change("角色", null, Roles.ChineseName(Input.Role!)), .. AdminLog.Change("部门", null, department?.Name),
                ]);
                await db.SaveChangesAsync(cancel);
                Created = user;
                Generated = typed is null ? password : null;
                Response.Headers.CacheControl = "no-store";
                return Page();
            }
            IdentityErrorsByField.Add(Errors, created.Errors, "Input.UserName", nameof(Password));
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancel);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancel) =>
        Departments = await db.Departments.OrderBy(d => d.Region).ThenBy(d => d.Name).ToListAsync(cancel);
}
