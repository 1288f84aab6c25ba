using System.Globalization;
using System.Text;

namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>
/// A one-page PDF written by hand, byte offsets and all, for the bad-input tests: they must not depend on
/// LibreOffice. Optionally with a Standard security handler whose password is not empty, as a protected report has.
/// </summary>
internal static class MinimalPdf
{
    public static byte[] Create(string text = "Budget 6211.89", bool encrypted = false)
    {
        var content = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        if (encrypted)
        {
            // O and U are hashes of passwords nobody knows: the empty user password does not open this file.
            objects.Add($"<< /Filter /Standard /V 1 /R 2 /O <{new string('7', 64)}> /U <{new string('3', 64)}> /P -4 >>");
        }

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        var encrypt = encrypted ? $" /Encrypt {objects.Count} 0 R /ID [<{new string('A', 32)}> <{new string('A', 32)}>]" : "";
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{encrypt} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
