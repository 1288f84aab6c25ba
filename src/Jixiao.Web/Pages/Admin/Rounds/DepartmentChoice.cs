namespace Jixiao.Web.Pages.Admin.Rounds;

/// <summary>A department to tick when opening a round or assigning more; <see cref="Note"/> says why it cannot be.</summary>
public sealed record DepartmentChoice(int Id, string Name, string? Region, string? Note = null);
