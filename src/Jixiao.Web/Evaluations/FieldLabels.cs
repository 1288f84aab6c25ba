using System.Globalization;
using Jixiao.Documents.Evaluations;

namespace Jixiao.Web.Evaluations;

/// <summary>
/// The label of a form field by its input name, for lists of errors shown away from the field: beside the field
/// "请填写数字" is enough, in a list at the top it must say which field (年初预算数：请填写数字).
/// </summary>
public static class FieldLabels
{
    /// <summary>The 重点任务 row's fields, as the page labels them (by the form's property names).</summary>
    private static readonly Dictionary<string, string> TaskFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Name"] = "任务名称", ["Budget"] = "任务资金", ["Spent"] = "支出数", ["StatedRate"] = "执行率",
        ["Goal"] = "年初预期目标", ["Outcome"] = "目标完成情况",
    };

    /// <summary>The indicator row's fields, with the column names of the 自评表.</summary>
    private static readonly Dictionary<string, string> IndicatorFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Level1"] = "一级指标", ["Level2"] = "二级指标", ["Name"] = "三级指标", ["Target"] = "年度指标值", ["Actual"] = "实际完成值",
        ["Weight"] = "分值", ["Score"] = "自评得分", ["Achievement"] = "完成程度", ["Task"] = "所属任务",
        ["Formula"] = "计算公式或指标内容", ["Deviation"] = "偏差原因分析及改进措施",
    };

    /// <summary>The label of a 重点任务 field (Name, Budget …).</summary>
    public static string Task(string field) => TaskFields[field];

    /// <summary>The label of an indicator field (Level1, Target …).</summary>
    public static string Indicator(string field) => IndicatorFields[field];

    /// <summary>The message with its field's label in front, unless the message names the field already.</summary>
    public static string WithLabel(string name, string message) =>
        For(name) is { } label && !message.StartsWith(label, StringComparison.Ordinal) ? $"{label}：{message}" : message;

    /// <summary>The field's label as the page shows it, or null for a field without one (the form as a whole).</summary>
    public static string? For(string name) => FormFieldName.Parse(name) switch
    {
        { Collection: "", Field: "StatedScore" } => "自评得分",
        { Collection: "", Field: "StatedGrade" } => "评级",
        { Collection: "", Field: "SummaryCount" } => "指标总数",
        { Collection: "", Field: "SummaryMet" } => "已完成指标数",
        { Collection: "Figures", Key: var key } => FigureFields.Find(key)?.Label,
        { Collection: "StatedRates", Key: var key } => Core.Rates.Rates.Find(key)?.ChineseName,
        { Collection: "Tasks", Key: var key, Field: var field } => Row("重点任务", key, TaskFields.GetValueOrDefault(field)),
        { Collection: "Indicators", Key: var key, Field: var field } => Row("指标", key, IndicatorFields.GetValueOrDefault(field)),
        _ => null,
    };

    private static string Row(string kind, string index, string? field) =>
        int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? $"{kind} {i + 1}{(field is null ? "" : " " + field)}"
            : kind;
}
