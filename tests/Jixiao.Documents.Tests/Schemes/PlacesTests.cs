using Jixiao.Documents.Schemes;
using Jixiao.Documents.Tests.Import.Extraction;

namespace Jixiao.Documents.Tests.Schemes;

/// <summary>Where a department is, from how its name begins, and the scheme that binds it.</summary>
public sealed class PlacesTests
{
    [Theory]
    [InlineData("株洲市荷塘区市场监督管理局", "湖南省", "株洲")]
    [InlineData("四川省宜宾市", "四川省", "宜宾")]
    [InlineData("广东省广州市", "广东省", "广州")]
    [InlineData("湖南省", "湖南省", null)]
    [InlineData("吉林市船营区财政局", "吉林省", "吉林")]
    [InlineData("北京市朝阳区民政局", "北京市", null)]
    [InlineData("中共绍兴市柯桥区委宣传部", "浙江省", "绍兴")]
    [InlineData("恩施州民族宗教事务委员会", "湖北省", "恩施")]
    public void A_name_tells_its_province_and_city(string name, string province, string? city) =>
        Places.Default.Of(name).ShouldBe(new Place(province, city));

    [Theory]
    [InlineData("芙蓉区机关事务中心")]
    [InlineData("全国")]
    [InlineData("部门整体支出绩效自评报告")]
    public void A_name_without_a_known_place_tells_none(string name) => Places.Default.Of(name).ShouldBeNull();

    [Theory]
    [InlineData("2023年度绍兴市柯桥区档案馆部门整体支出绩效自评报告", 2023, "national-2020")]
    [InlineData("2019年度株洲市荷塘区市场监督管理局部门整体支出绩效自评报告", 2019, "hunan-2021")]
    [InlineData("2022年度广州市天河区民政局部门整体支出绩效自评报告", 2022, "guangzhou-2022")]
    [InlineData("2023年度广州市天河区民政局部门整体支出绩效自评报告", 2023, "guangzhou-2023")]
    public void A_document_binds_to_its_regions_scheme_for_its_year_whatever_its_headings(string title, int year, string scheme)
    {
        // Headings that follow no scheme's outline: the region and the year decide.
        var text = title + "\n一、概述\n本单位负责有关工作。\n二、支出\n全年预算数 100.00 万元，执行数 98.00 万元。\n";

        var result = Importer.Text(text);

        result.Evaluation!.Year.ShouldBe(year);
        result.Evaluation.SchemeId.ShouldBe(scheme);
    }
}
