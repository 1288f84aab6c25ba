using Jixiao.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Pages.Admin.Users;

/// <summary>Puts Identity's (Chinese) errors beside the field they are about: the user name or the password.</summary>
public static class IdentityErrorsByField
{
    public static void Add(FormErrors errors, IEnumerable<IdentityError> identityErrors, string userNameField, string passwordField)
    {
        foreach (var e in identityErrors)
            errors.Add(e.Code.Contains("Password", StringComparison.Ordinal) ? passwordField : userNameField, e.Description);
    }

    /// <summary>Runs Identity's user rules (valid, unused name) without saving.</summary>
    public static async Task<IReadOnlyList<IdentityError>> CheckUserAsync(UserManager<AppUser> users, AppUser user)
    {
        var found = new List<IdentityError>();
        foreach (var validator in users.UserValidators)
            found.AddRange((await validator.ValidateAsync(users, user)).Errors);
        return found;
    }

    /// <summary>Runs Identity's password rules without saving, so a password's errors show with the others.</summary>
    public static async Task<IReadOnlyList<IdentityError>> CheckPasswordAsync(UserManager<AppUser> users, AppUser user, string password)
    {
        var found = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
            found.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        return found;
    }
}
