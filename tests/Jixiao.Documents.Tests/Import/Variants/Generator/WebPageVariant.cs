namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// The document as copied from a government website: a breadcrumb, a page heading that is not the report's title,
/// the publication line (a date in the following year), the font-size bar, and the site footer naming the host
/// (the district government, not the department) with its ICP number and telephone.
/// </summary>
internal sealed class WebPageVariant : TextLayoutVariant
{
    /// <summary>Provinces by the first two characters of their name, with the abbreviation their ICP numbers carry.</summary>
    private static readonly Dictionary<string, string> IcpPrefix = new(StringComparer.Ordinal)
    {
        ["广东"] = "粤", ["湖南"] = "湘", ["河南"] = "豫", ["四川"] = "蜀", ["湖北"] = "鄂", ["浙江"] = "浙",
        ["江苏"] = "苏", ["山东"] = "鲁", ["福建"] = "闽", ["安徽"] = "皖", ["重庆"] = "渝",
    };

    public override string Name => "web-page";

    protected override string Missing => "";

    public override IReadOnlyList<string>? Lines(VariantSource source)
    {
        var region = source.Region ?? "";
        var province = region.Length >= 2 ? region[..2] : "";
        var host = (region.IndexOf('省', StringComparison.Ordinal) is var p and >= 0 ? region[(p + 1)..] : region) is { Length: > 0 } place ? place : "本市";
        var icp = IcpPrefix.GetValueOrDefault(province, "京");
        string[] header =
        [
            "当前位置：首页 > 信息公开 > 财政信息 > 部门整体支出绩效自评",
            $"关于公开{source.Year}年度部门整体支出绩效自评情况的说明",
            $"发布时间：{source.Year + 1}-05-20  来源：本网  浏览次数：",
            "【字体：大 中 小】 打印本页 关闭窗口",
            "",
        ];
        string[] footer =
        [
            "",
            "【打印本页】 【关闭窗口】",
            "",
            $"主办单位：{host}人民政府办公室  承办单位：{host}政务服务数据管理局",
            $"版权所有：{host}人民政府  网站标识码：4401140001",
            $"ICP备案号：{icp}ICP备05012345号-1  公安机关备案号：44011402000123号",
            "联系电话：020-86888888  建议使用1366×768分辨率浏览本网站",
        ];
        return [.. header, .. source.RawLines, .. footer];
    }
}
