namespace Jixiao.Documents.Table.Xlsx;

internal enum CellAlign
{
    Left,
    Center,
    Right,
}
