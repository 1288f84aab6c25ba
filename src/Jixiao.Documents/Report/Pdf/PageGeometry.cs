namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// GB/T 9704 on A4, in points: margins 上 37 mm, 下 35 mm, 左 28 mm, 右 26 mm (the DOCX section's twips / 20), a
/// 156 × 225 mm text block of 22 lines of 三号 with 28 characters each, and the sizes the DOCX styles use.
/// </summary>
internal static class PageGeometry
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Left = 1587 / 20.0;
    public const double Right = 1474 / 20.0;
    public const double Top = 2098 / 20.0;
    public const double Bottom = 1984 / 20.0;
    public const double TextWidth = PageWidth - Left - Right;
    public const double Limit = PageHeight - Bottom;

    /// <summary>三号 on the 22-line grid (579 twips), tracked −0.25 pt so 28 characters fill the 156 mm line.</summary>
    public const double BodySize = 16;
    public const double BodyPitch = 579 / 20.0;
    public const double Tracking = -0.25;

    /// <summary>二号 title on a 35 pt line.</summary>
    public const double TitleSize = 22;
    public const double TitlePitch = 35;

    /// <summary>四号 page numbers, 7 mm below the text block.</summary>
    public const double NumberSize = 14;
    public const double NumberGap = 7 * 72 / 25.4;

    public const double CaptionSize = 12;
    public const double CaptionPitch = 18;

    public const double CellSize = 10;
    public const double CellPitch = 13;
    public const double CellPadX = 57 / 20.0;
    public const double CellPadY = 1.5;
}
