namespace Jixiao.Web.Pages.Admin.Rounds;

/// <summary>What _DepartmentChecks.cshtml needs: the choices, which are ticked, and the error of the group.</summary>
public sealed record DepartmentChecksView(string Legend, IReadOnlyList<DepartmentChoice> Choices, IReadOnlyCollection<int> Checked, string? Error);
