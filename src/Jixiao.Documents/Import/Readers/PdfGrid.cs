namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// The ruled tables of a page as row bands: the space between two horizontal borders that vertical borders cross
/// from top to bottom. A cell's text may wrap over several baselines; within its band it is still one cell, so a
/// table row comes out as one line, as it does from DOCX. Columns are the x positions of every vertical border
/// of the table; a cell spanning several of them repeats its text into each, as the DOCX reader does with gridSpan.
/// A vertically merged cell's text lands in the band where it is printed; the bands it also covers leave it empty.
/// </summary>
internal sealed class PdfGrid
{
    private const double Tolerance = 1.5;
    private const double MinRowHeight = 4;

    private PdfGrid(List<Band> bands) => Bands = bands;

    public List<Band> Bands { get; }

    public static PdfGrid From(PdfRulings rulings)
    {
        // Only rules that end on vertical rules are borders; underlines and separators between paragraphs are not.
        var ys = Cluster(rulings.Horizontal.Where(r => EndsOnBorders(rulings, r)).Select(r => r.At)).OrderDescending().ToList();
        var bands = new List<Band>();
        for (var i = 0; i + 1 < ys.Count; i++)
        {
            var (top, bottom) = (ys[i], ys[i + 1]);
            if (top - bottom < MinRowHeight)
            {
                continue;
            }

            var borders = Cluster(rulings.Vertical
                    .Where(r => r.From <= bottom + Tolerance && r.To >= top - Tolerance)
                    .Select(r => r.At))
                .Order()
                .ToList();
            if (borders.Count >= 2)
            {
                bands.Add(new Band(top, bottom, borders));
            }
        }

        AlignColumns(bands);
        return new PdfGrid(bands);
    }

    /// <summary>The band and column a point falls in, if it is inside a table.</summary>
    public (Band Band, int Column)? Locate(double x, double y)
    {
        foreach (var band in Bands)
        {
            if (y < band.Top && y > band.Bottom && x > band.Borders[0] && x < band.Borders[^1])
            {
                return (band, band.Borders.FindLastIndex(b => b < x));
            }
        }

        return null;
    }

    private static bool EndsOnBorders(PdfRulings rulings, PdfRulings.Rule horizontal) =>
        rulings.Vertical.Exists(v => Touches(v, horizontal.From, horizontal.At)) && rulings.Vertical.Exists(v => Touches(v, horizontal.To, horizontal.At));

    private static bool Touches(PdfRulings.Rule vertical, double x, double y) =>
        Math.Abs(vertical.At - x) <= Tolerance * 2 && vertical.From - Tolerance * 2 <= y && vertical.To + Tolerance * 2 >= y;

    /// <summary>Bands touching one another form a table; all of them share the table's column borders.</summary>
    private static void AlignColumns(List<Band> bands)
    {
        var start = 0;
        for (var i = 1; i <= bands.Count; i++)
        {
            if (i == bands.Count || Math.Abs(bands[i - 1].Bottom - bands[i].Top) > Tolerance)
            {
                var table = bands[start..i];
                var columns = Cluster(table.SelectMany(b => b.Borders)).Order().ToList();
                foreach (var band in table)
                {
                    band.Columns = columns;
                }

                start = i;
            }
        }
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var clusters = new List<double>();
        foreach (var value in values.Order())
        {
            if (clusters.Count == 0 || value - clusters[^1] > Tolerance)
            {
                clusters.Add(value);
            }
        }

        return clusters;
    }

    internal sealed class Band(double top, double bottom, List<double> borders)
    {
        public double Top { get; } = top;

        public double Bottom { get; } = bottom;

        /// <summary>The x of the vertical borders crossing this band: cell i lies between Borders[i] and Borders[i + 1].</summary>
        public List<double> Borders { get; } = borders;

        /// <summary>The x of every vertical border of the table the band belongs to.</summary>
        public List<double> Columns { get; set; } = borders;

        /// <summary>Spreads the band's cells over the table's columns, repeating a spanning cell's text.</summary>
        public List<string> Spread(string[] cells)
        {
            var result = new List<string>();
            for (var c = 0; c + 1 < Columns.Count; c++)
            {
                var middle = (Columns[c] + Columns[c + 1]) / 2;
                var cell = Borders.FindLastIndex(b => b < middle);
                result.Add(cell >= 0 && cell < cells.Length ? cells[cell] : "");
            }

            return result;
        }
    }
}
