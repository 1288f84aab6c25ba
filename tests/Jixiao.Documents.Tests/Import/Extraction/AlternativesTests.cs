using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>Where the document's own arithmetic cannot choose between two values, the import says so instead of guessing.</summary>
public sealed class AlternativesTests
{
    [Fact]
    public void Two_undecidable_values_of_a_figure_are_both_reported_with_their_places()
    {
        // Nothing else in the text says which full-year budget is right: no spending, no rate.
        var result = Importer.Text("2023年度南平市延平区统计局部门整体支出绩效自评报告\n一、部门整体支出情况\n全年预算数 1,927.35 万元。\n二、其他\n年度预算总额为 1,972.35 万元。\n");

        result.Evaluation!.Figures.Budget.Total.ShouldBe(1927.35m);
        var other = result.Alternatives["budget.total"].ShouldHaveSingleItem();
        (other.Number, other.Line).ShouldBe((1972.35m, 5));
        ImportJson.Write(result).ShouldContain("\"alternatives\":{\"budget.total\":[{\"value\":1972.35,\"line\":5");
    }

    [Fact]
    public void A_value_the_other_figures_confirm_is_kept_without_alternatives()
    {
        // 1,846.29 agrees with 95.79% of 1,927.35; the other spending figure does not.
        var result = Importer.Text("2023年度南平市延平区统计局部门整体支出绩效自评报告\n全年预算数 1,927.35 万元，执行数 1,846.29 万元，预算执行率 95.79%。\n全年部门支出 1,864.29 万元。\n");

        result.Evaluation!.Figures.Spent.Total.ShouldBe(1846.29m);
        result.Alternatives.ShouldNotContainKey("spent.total");
    }

    [Fact]
    public void A_form_field_and_a_title_naming_different_departments_are_both_reported()
    {
        var result = Importer.Text("南平市延平区统计局2023年度部门整体支出绩效自评表\n部门名称\t南平市延平区发展和改革局\n");

        result.Evaluation!.Department.ShouldBe("南平市延平区发展和改革局");
        result.Alternatives["department"].ShouldHaveSingleItem().Value.ShouldBe("南平市延平区统计局");
    }

}
