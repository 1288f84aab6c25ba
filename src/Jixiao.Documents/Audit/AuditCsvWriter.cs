using System.Globalization;
using System.Text;
using Jixiao.Core.Audit;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Audit;

/// <summary>
/// The findings as CSV (RFC 4180, CRLF), UTF-8 with a BOM: without it Excel reads Chinese as the ANSI code page.
/// Rows are written as documents arrive. A CSV has one table, so the summary is left to the console.
/// </summary>
public sealed class AuditCsvWriter : IAuditWriter
{
    private readonly StreamWriter _writer;

    public AuditCsvWriter(Stream stream)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024) { NewLine = "\r\n" };
        WriteLine(FindingRow.Headers);
    }

    public void Add(ImportResult result)
    {
        foreach (var row in FindingRow.Of(result))
        {
            WriteLine([
                Text(row.File), Text(row.Department), row.Year?.ToString(CultureInfo.InvariantCulture) ?? "", Text(row.Kind),
                row.Severity.ToChinese(), Text(row.Message), Text(row.Place), Text(row.Quote), Number(row.Stated), Number(row.Computed),
            ]);
        }
    }

    public void Complete(AuditSummary summary) => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    private void WriteLine(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                _writer.Write(',');
            Quote(cells[i]);
        }
        _writer.WriteLine();
    }

    private void Quote(string cell)
    {
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(cell);
            return;
        }
        _writer.Write('"');
        _writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    /// <summary>Text that Excel would run as a formula (=, +, -, @ first) gets a leading apostrophe; plain numbers stay.</summary>
    private static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            return "'" + value;
        return value;
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
