namespace Jixiao.Web.Evaluations;

/// <summary>
/// The element id of each field on the evaluation page, and the field a finding is about (its Subject: a figure
/// path, indicator:名称, section:id …), so every problem links to the place to fix it.
/// </summary>
public static class FieldAnchors
{
    public static string Figure(string path) => "fig-" + path.Replace('.', '-');

    public static string StatedRate(string rateId) => "rate-" + rateId;

    public static string Indicator(int index, string field) => $"ind-{index}-{field}";

    public static string Task(int index, string field) => $"task-{index}-{field}";

    public static string Narrative(string sectionId) => "nar-" + sectionId;

    public static string Assessment(string nodeId) => "asm-" + nodeId;

    /// <summary>The anchor of a finding's subject on this form, or null when the page has no such field.</summary>
    public static string? ForSubject(string? subject, EvaluationForm form)
    {
        if (string.IsNullOrEmpty(subject))
            return null;
        var (kind, name) = subject.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (subject[..colon], subject[(colon + 1)..]) : (subject, "");
        return kind switch
        {
            "indicator" => form.Indicators.FindIndex(r => r.Name?.Trim() == name) is var i and >= 0 ? Indicator(i, "name") : "indicators",
            "task" => form.Tasks.FindIndex(t => t.Name?.Trim() == name) is var t and >= 0 ? Task(t, "name") : "tasks",
            "section" => Narrative(name),
            "node" => Assessment(name),
            "selfScore" => "stated-score",
            "grade" => "stated-grade",
            "indicators" => "indicators",
            "annualGoal" => "annual-goal",
            "executionRate" => StatedRate("execution"),
            _ when subject.StartsWith("rates.", StringComparison.Ordinal) => StatedRate(subject["rates.".Length..]),
            _ when Documents.Evaluations.FigureFields.Find(subject) is not null => Figure(subject),
            _ => null,
        };
    }

    /// <summary>The anchor of a form error's field name (Form.Figures[budget.total] → fig-budget-total).</summary>
    public static string ForFieldName(string name) => FormFieldName.Parse(name) switch
    {
        { Collection: "Figures", Key: var key } => Figure(key),
        { Collection: "StatedRates", Key: var key } => StatedRate(key),
        { Collection: "Indicators", Index: { } i, Field: var field } => Indicator(i, field.ToLowerInvariant()),
        { Collection: "Tasks", Index: { } i, Field: var field } => Task(i, field.ToLowerInvariant()),
        { Collection: "Assessments", Key: var key } => Assessment(key),
        { Collection: "", Field: "StatedScore" } => "stated-score",
        { Collection: "", Field: "StatedGrade" } => "stated-grade",
        { Collection: "", Field: "SummaryCount" } => "summary-count",
        { Collection: "", Field: "SummaryMet" } => "summary-met",
        _ => "form-top",
    };
}
