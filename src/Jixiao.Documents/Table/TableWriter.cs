using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Files;
using Jixiao.Documents.Table.Xlsx;

namespace Jixiao.Documents.Table;

/// <summary>
/// Writes a department's 部门整体支出绩效自评表 as XLSX in the layout its scheme names (national-2020 or
/// guangzhou-2021): live formulas with cached values, number formats, merged cells, A4 fitted to the page width.
/// </summary>
public static class TableWriter
{
    public static IReadOnlyList<string> Layouts { get; } = [NationalTableLayout.Id, Guangzhou2021TableLayout.Id];

    public static void WriteXlsx(Evaluation evaluation, Scheme scheme, Stream output, ScoreCard? card = null)
    {
        card ??= ScoringEngine.Score(evaluation, scheme);
        var layout = scheme.Table?.Layout ?? NationalTableLayout.Id;
        var sheet = layout == Guangzhou2021TableLayout.Id
            ? Guangzhou2021TableLayout.Build(evaluation, card)
            : NationalTableLayout.Build(evaluation, card);
        XlsxPackage.Save(sheet, $"{evaluation.Year} 年度{evaluation.Department}部门整体支出绩效自评表", output);
    }

    /// <summary>Written atomically: the file at <paramref name="path"/> is either the whole new table or what it was before.</summary>
    public static void WriteXlsx(Evaluation evaluation, Scheme scheme, string path, ScoreCard? card = null) =>
        AtomicFile.Write(path, file => WriteXlsx(evaluation, scheme, file, card));
}
