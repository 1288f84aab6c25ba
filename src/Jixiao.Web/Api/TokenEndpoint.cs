using Jixiao.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Api;

/// <summary>POST /api/token: user name and password for a bearer token, with the same lockout as the login page.</summary>
internal static class TokenEndpoint
{
    public sealed record TokenRequest(string UserName, string Password);

    public static async Task<IResult> SignInAsync(TokenRequest request, SignInManager<AppUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return TypedResults.Problem("登录失败次数过多，账号已锁定 15 分钟，请稍后再试", statusCode: StatusCodes.Status401Unauthorized);
        if (!result.Succeeded)
            return TypedResults.Problem("用户名或密码不正确", statusCode: StatusCodes.Status401Unauthorized);
        // The bearer handler has written the token response.
        return TypedResults.Empty;
    }
}
