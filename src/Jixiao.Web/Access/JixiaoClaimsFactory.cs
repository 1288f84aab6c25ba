using System.Globalization;
using System.Security.Claims;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Access;

/// <summary>Adds the department and display name to the principal at sign-in, so no request looks them up.</summary>
internal sealed class JixiaoClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DepartmentId is { } d)
            identity.AddClaim(new Claim(JixiaoClaims.Department, d.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(JixiaoClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
