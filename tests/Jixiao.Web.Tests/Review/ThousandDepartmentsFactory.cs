using Jixiao.Web.Data;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Review;

/// <summary>The demo plus 1,000 departments with two years each, filed straight into the database.</summary>
public sealed class ThousandDepartmentsFactory : SqliteFactory
{
    public const int Departments = 1000;

    protected override Task SeedAsync() => WithDbAsync(db =>
    {
        var now = DateTime.UtcNow;
        for (var i = 0; i < Departments; i++)
        {
            var name = $"规模测试部门{i:0000}";
            var department = new Department { Name = name, Region = "广东省广州市花都区" };
            db.Departments.Add(department);
            foreach (var year in new[] { 2022, 2023 })
            {
                db.Evaluations.Add(new EvaluationRecord
                {
                    Department = department, Year = year, SchemeId = "guangzhou-2023", Status = EvaluationStatus.Submitted,
                    Content = TestData.SampleAs("002", name, year), RevisionNumber = 1, UpdatedAt = now,
                });
            }
        }
        return db.SaveChangesAsync(DemoSite.Cancel);
    });
}
