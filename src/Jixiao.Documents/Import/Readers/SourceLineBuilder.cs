namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Numbers lines as the readers emit them. <see cref="SourceLine.TableRow"/> is the 1-based row within its table:
/// a table is a run of rows, ended by <see cref="EndTable"/> or by any non-empty text line.
/// </summary>
internal sealed class SourceLineBuilder
{
    private readonly List<SourceLine> _lines = [];
    private int _tableRow;

    public IReadOnlyList<SourceLine> Lines => _lines;

    private int NextNumber => _lines.Count + 1;

    /// <param name="keepTable">True for lines inside a table that are not rows (a Markdown rule "|---|---|").</param>
    public void AddText(string text, int page = 1, bool keepTable = false)
    {
        // An empty line between two rows does not split the table: OCR'd tables have them (seed 001).
        if (text.Length > 0 && !keepTable)
        {
            _tableRow = 0;
        }

        _lines.Add(new SourceLine(NextNumber, text, page));
    }

    public void AddRow(IReadOnlyList<string> cells, int page = 1, int? tableRow = null)
    {
        _tableRow = tableRow ?? _tableRow + 1;
        _lines.Add(new SourceLine(NextNumber, string.Join('\t', cells), page, cells, _tableRow));
    }

    public void EndTable() => _tableRow = 0;

    /// <summary>
    /// A line of running text: a table row when it has tabs inside it (how Word, WPS and OCR tools export table
    /// cells) or is a pipe table line ("| a | b |"), else plain text. Row cells are trimmed; leading empty cells
    /// stay, they keep the columns aligned.
    /// </summary>
    public void AddLine(string line, int page = 1)
    {
        var trimmed = line.Trim();
        if (trimmed.Contains('\t'))
        {
            AddRow([.. line.Split('\t').Select(c => c.Trim())], page);
        }
        else if (trimmed.StartsWith('|') || trimmed.AsSpan().Count('|') >= 2)
        {
            var cells = PipeCells(trimmed);
            if (cells.All(IsRule))
            {
                AddText(line, page, keepTable: true);
            }
            else
            {
                AddRow(cells, page);
            }
        }
        else
        {
            AddText(line, page);
        }
    }

    /// <summary>Whether <see cref="AddLine"/> takes the line for a row by its tabs or pipes.</summary>
    public static bool IsDelimited(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Contains('\t') || trimmed.StartsWith('|') || trimmed.AsSpan().Count('|') >= 2;
    }

    private static List<string> PipeCells(string trimmed)
    {
        var cells = trimmed.Split('|').Select(c => c.Trim()).ToList();
        if (trimmed.StartsWith('|'))
        {
            cells.RemoveAt(0);
        }

        if (trimmed.EndsWith('|') && cells.Count > 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    /// <summary>A Markdown header rule cell: "---", ":---:", "---:".</summary>
    private static bool IsRule(string cell) =>
        cell.Length >= 3 && cell.Trim(':').Length > 0 && cell.Trim(':').All(c => c == '-');
}
