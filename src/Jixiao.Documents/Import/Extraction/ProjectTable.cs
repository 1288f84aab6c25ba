using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// One project's 项目支出绩效自评表 inside a department's document. Its tables are read as usual, into facts of their
/// own; what the department keeps is the project as a key task: its name, budget, spending and execution rate.
/// </summary>
internal sealed class ProjectTable(TableRow first)
{
    private string? _name;

    /// <summary>Where the project's tables write what they read.</summary>
    public DocumentFacts Facts { get; } = new();

    public void Read(TableRow row) => _name ??= TableSubjects.ProjectName(row);

    /// <summary>The project as a task of <paramref name="department"/>; nothing when the table named no project.</summary>
    public void Finish(DocumentFacts department)
    {
        if (_name is null)
            return;
        var task = department.Task(_name, first.Line);
        task.Quote = first.Quote;
        task.Budget ??= Value(Paths.BudgetTotal) ?? Value(Paths.BudgetInitial);
        task.Spent ??= Value(Paths.SpentTotal);
        task.Rate ??= Value(Paths.Rate("execution"));
    }

    private decimal? Value(string path) => Facts.Mentions.FirstOrDefault(m => m.Path == path)?.Value;
}
