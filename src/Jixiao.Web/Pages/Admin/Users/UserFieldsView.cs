using Jixiao.Web.Data;

namespace Jixiao.Web.Pages.Admin.Users;

/// <summary>What _UserFields.cshtml needs: the typed values, their errors and the departments to choose from.</summary>
public sealed record UserFieldsView(UserInput Input, FormErrors Errors, IReadOnlyList<Department> Departments);
