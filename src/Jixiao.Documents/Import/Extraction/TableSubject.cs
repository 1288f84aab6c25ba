namespace Jixiao.Documents.Import.Extraction;

/// <summary>Whom a table's figures are about: only the department's tables set the department's figures.</summary>
internal enum TableSubject
{
    Department,

    /// <summary>One project's 项目支出绩效自评表: its figures are that project's, a key task of the department.</summary>
    Project,

    /// <summary>A “三公”经费 table: its 合计 is the 三公经费 total.</summary>
    ThreePublic,
}
