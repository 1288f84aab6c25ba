using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Files;
using Jixiao.Documents.Report;
using Jixiao.Documents.Table.Xlsx;

namespace Jixiao.Documents.Table;

/// <summary>
/// Writes a department's 部门整体支出绩效自评表 as XLSX in the layout its scheme names (national-2020 or
/// guangzhou-2021): live formulas with cached values, number formats, merged cells, A4 fitted to the page width.
/// The report's 附表 is drawn from the same sheet, so the two always agree.
/// </summary>
public static class TableWriter
{
    public static IReadOnlyList<string> Layouts { get; } = [NationalTableLayout.Id, Guangzhou2021TableLayout.Id];

    public static void WriteXlsx(Evaluation evaluation, Scheme scheme, Stream output, ScoreCard? card = null, bool draft = false)
    {
        var sheet = Build(evaluation, card ?? ScoringEngine.Score(evaluation, scheme));
        XlsxPackage.Save(sheet, $"{evaluation.Year}年度{evaluation.Department}部门整体支出绩效自评表", output, draft);
    }

    /// <summary>Written atomically: the file at <paramref name="path"/> is either the whole new table or what it was before.</summary>
    public static void WriteXlsx(Evaluation evaluation, Scheme scheme, string path, ScoreCard? card = null, bool draft = false) =>
        AtomicFile.Write(path, file => WriteXlsx(evaluation, scheme, file, card, draft));

    /// <summary>The 自评表 in the scheme's layout, as cells.</summary>
    internal static SheetBuilder Build(Evaluation evaluation, ScoreCard card)
    {
        var numbers = new DocumentNumbers(card.Scheme.Precision) { KnownRates = DocumentNumbers.RatesOf(evaluation) };
        var layout = card.Scheme.Table?.Layout ?? NationalTableLayout.Id;
        if (layout == Guangzhou2021TableLayout.Id)
            return Guangzhou2021TableLayout.Build(evaluation, card, numbers);
        var rows = ScoredRows.Build(evaluation, card, numbers);
        return NationalTableLayout.Build(evaluation, card, numbers, rows, DocumentScore.Of(evaluation, card, rows));
    }

    /// <summary>The score and grade the documents state (see <see cref="DocumentScore"/>); none for a table without scores.</summary>
    internal static DocumentScore Score(Evaluation evaluation, ScoreCard card)
    {
        if ((card.Scheme.Table?.Layout ?? NationalTableLayout.Id) == Guangzhou2021TableLayout.Id)
            return new DocumentScore(evaluation.Stated.Score, evaluation.Stated.Grade, null, null, null);
        var rows = ScoredRows.Build(evaluation, card);
        return DocumentScore.Of(evaluation, card, rows);
    }
}
