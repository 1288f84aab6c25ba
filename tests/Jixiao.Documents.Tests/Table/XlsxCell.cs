namespace Jixiao.Documents.Tests.Table;

/// <summary>A cell as stored: its shown text or cached value, its formula (without "="), its number format.</summary>
internal sealed record XlsxCell(string Reference, string Text, string? Formula, string Format)
{
    public string Column => new(Reference.TakeWhile(char.IsLetter).ToArray());

    public string Row => Reference[Column.Length..];

    public decimal Number => decimal.Parse(Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
}
