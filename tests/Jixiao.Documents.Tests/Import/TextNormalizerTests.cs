using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>Real lines from the seeds and the dev corpus, before and after.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    // Seed 001, line 11: an OCR'd table row with gaps after the decimal point.
    [InlineData("部门资金 情况\t合计\t6211. 89\t327. 17\t5840. 18\t89. 31%\t\t5. 27%\t\t", "部门资金 情况\t合计\t6211.89\t327.17\t5840.18\t89.31%\t\t5.27%\t\t")]
    [InlineData("完成预期采购 任务\t68. 21\t", "完成预期采购 任务\t68.21\t")]
    // d07, lines 11 and 15: negative amounts, zero, and gaps in running text.
    [InlineData("合计\t6284. 53\t-86. 20\t6047. 91\t97. 57%\t\t-1. 37%", "合计\t6284.53\t-86.20\t6047.91\t97.57%\t\t-1.37%")]
    [InlineData("政府性基金预算\t372. 13\t0. 00\t357. 73\t96. 13%\t\t0. 00%", "政府性基金预算\t372.13\t0.00\t357.73\t96.13%\t\t0.00%")]
    [InlineData("一是全年清扫保洁道路189. 2万平方米,辖区64个小区", "一是全年清扫保洁道路189.2万平方米,辖区64个小区")]
    public void Gaps_inside_numbers_close(string text, string expected) => TextNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    // Seed 000, line 53, and d03, line 37: thousands separators.
    [InlineData("2022 年度全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%。", "2022 年度全年预算数 6612.3 万元，执行数 6247.8 万元，完成预算数的 94.5%。")]
    [InlineData("年初预算数 35,218,400.00 元，年中追加 3,208,300.00 元", "年初预算数 35218400.00 元，年中追加 3208300.00 元")]
    [InlineData("全年预算数为4,194.52万元，支出决算数为3,982.35万元", "全年预算数为4194.52万元，支出决算数为3982.35万元")]
    [InlineData("预算数1，234.56万元", "预算数1234.56万元")]
    [InlineData("执行数，1，234.56万元", "执行数，1234.56万元")]
    // Seed 001 writes the Chinese comma as ","; the number after it is still one number.
    [InlineData("年中调减86. 20万元,执行数,6,247.8万元", "年中调减86.20万元,执行数,6247.8万元")]
    public void Thousands_separators_go_inside_numbers(string text, string expected) => TextNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    // d04, lines 4, 13 and 16: full-width digits, points and percent signs.
    [InlineData("在职在编人员９１名，在职人员控制率９４．７９％。", "在职在编人员91名，在职人员控制率94.79%。")]
    [InlineData("２０１９年年初预算批复１８６４．２０万元，年中追加预算２１５．６３万元", "2019年年初预算批复1864.20万元，年中追加预算215.63万元")]
    [InlineData("其中因公出国（境）费０万元", "其中因公出国（境）费0万元")]
    [InlineData("６、承办区委、区政府交办的其他事项。", "6、承办区委、区政府交办的其他事项。")]
    [InlineData("ＰＤＦ－２．５", "PDF-2.5")]
    public void Full_width_forms_become_ASCII_but_Chinese_punctuation_stays(string text, string expected) => TextNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    // Seed 004, line 40: a Word bookmark left by the converter.
    [InlineData("[bookmark: _GoBack](四)餐饮服务优质化。", "(四)餐饮服务优质化。")]
    [InlineData("6211\u200B.89万元", "6211.89万元")]
    [InlineData("预算\u00A0数\uFEFF", "预算 数")]
    [InlineData("\u3000\u3000\u3000项目支出\t—\t—", "   项目支出\t—\t—")]
    [InlineData("89.31 %", "89.31%")]
    public void Artefacts_and_invisible_characters_go(string text, string expected) => TextNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("（一）部门职能。")]
    [InlineData("1. 承担区委全面依法治区委员会办公室日常工作")]
    [InlineData("1. 2021年完成我局后勤保障工作任务")]
    [InlineData("分别为100，200，300人")]
    [InlineData("完成5—6月疫情期间重点人群排查")]
    [InlineData("2019,2020,2021年")]
    [InlineData("")]
    public void Text_that_is_not_a_number_to_mend_stays_as_it_is(string text) => TextNormalizer.Normalize(text).ShouldBe(text);
}
