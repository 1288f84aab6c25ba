namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>The rows of one worksheet before it is written: cells by column, and which rows are one cell merged across the width.</summary>
internal sealed class SheetLayout
{
    private readonly List<IReadOnlyList<string>> _rows = [];
    private readonly List<int> _merged = [];

    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Row indexes (0-based) whose single cell spans every column.</summary>
    public IReadOnlyList<int> MergedRows => _merged;

    /// <summary>The index of the title row.</summary>
    public int TitleRow { get; private set; } = -1;

    public int Columns => Math.Max(1, _rows.Max(r => r.Count));

    public void Title(string text)
    {
        TitleRow = _rows.Count;
        Text(text);
    }

    /// <summary>A text line: one merged cell; blank lines are left out, as a sheet has no empty paragraphs.</summary>
    public void Text(string text)
    {
        if (text.Trim().Length == 0)
            return;
        _merged.Add(_rows.Count);
        _rows.Add([text.Trim()]);
    }

    public void Row(IReadOnlyList<string> cells) => _rows.Add(cells);
}
