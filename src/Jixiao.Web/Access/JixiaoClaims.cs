using System.Security.Claims;

namespace Jixiao.Web.Access;

/// <summary>What the sign-in puts into the cookie or token beside the roles: the filer's department.</summary>
public static class JixiaoClaims
{
    public const string Department = "jixiao:department";
    public const string DisplayName = "jixiao:name";

    public static int? DepartmentId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Department), out var id) ? id : null;

    public static string Name(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) is { Length: > 0 } n ? n : user.Identity?.Name ?? "";
}
