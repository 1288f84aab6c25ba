using System.Globalization;
using Jixiao.Documents.Schemes;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Jixiao.WebSeed;
using Microsoft.EntityFrameworkCore;

// usage: Jixiao.WebSeed <sqlite file> <departments> <indicators of the benchmarked draft>
// Adds generated departments with one evaluation each, and a draft with that many indicators to the department of
// demo user filer-001, whose id it prints: the page the load benchmark requests.
if (args.Length != 3)
{
    Console.Error.WriteLine("用法：Jixiao.WebSeed <SQLite 文件> <部门数> <指标数>");
    return 2;
}
var options = new DbContextOptionsBuilder<SqliteJixiaoDb>().UseSqlite($"Data Source={args[0]}").Options;
await using var db = new SqliteJixiaoDb(options);
var analysis = new EvaluationAnalysis(SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes")));
var store = new EvaluationStore(db, analysis, TimeProvider.System);
var count = int.Parse(args[1], CultureInfo.InvariantCulture);
var indicators = int.Parse(args[2], CultureInfo.InvariantCulture);

for (var i = 0; i < count; i++)
{
    var department = new Department { Name = $"生成部门{i + 1:D4}", Region = "广东省广州市" };
    db.Departments.Add(department);
    await db.SaveChangesAsync();
    var year = 2020 + i % 5;
    await store.CreateAsync(department, null, GeneratedEvaluation.Create(department.Name, year, 10 + i % 21, i), "bench", "生成数据", EvaluationStatus.Submitted);
    db.ChangeTracker.Clear();
}

var filer = await db.Users.SingleAsync(u => u.UserName == "filer-001");
var own = await db.Departments.SingleAsync(d => d.Id == filer.DepartmentId);
var draft = await store.CreateAsync(own, null, GeneratedEvaluation.Create(own.Name, 2030, indicators, 42), "bench", "生成数据");
Console.WriteLine(draft.Id);
return 0;
