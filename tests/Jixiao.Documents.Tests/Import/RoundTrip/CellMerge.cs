namespace Jixiao.Documents.Tests.Import.RoundTrip;

/// <summary>How a cell joins the cells above and below it (Word's vMerge).</summary>
internal enum CellMerge
{
    None,

    /// <summary>The top cell of a vertically merged range: it holds the text.</summary>
    Restart,

    /// <summary>A cell covered by the one above: Word shows nothing of its own.</summary>
    Continue,
}
