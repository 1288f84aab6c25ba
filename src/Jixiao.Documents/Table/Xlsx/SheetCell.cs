namespace Jixiao.Documents.Table.Xlsx;

/// <summary>
/// One cell: text, a number, or a formula with its cached result (a number or text) so readers that do not
/// recalculate still see the value.
/// </summary>
internal sealed record SheetCell(int Style, string? Text = null, decimal? Number = null, string? Formula = null);
