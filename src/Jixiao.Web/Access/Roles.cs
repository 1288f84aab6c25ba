namespace Jixiao.Web.Access;

/// <summary>The three roles, by id, with the names people see.</summary>
public static class Roles
{
    public const string Filer = "filer";
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Filer, Reviewer, Admin];

    public static string ChineseName(string role) => role switch
    {
        Filer => "填报人",
        Reviewer => "审核人",
        Admin => "管理员",
        _ => role,
    };
}
