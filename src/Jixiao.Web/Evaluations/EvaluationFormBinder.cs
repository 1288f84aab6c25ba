using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jixiao.Web.Evaluations;

/// <summary>
/// Binds the evaluation page's few hundred fields in one pass over the posted keys. MVC's general binders walk
/// every dictionary and list by prefix, which cost more than the engine itself on each live recompute.
/// </summary>
public sealed class EvaluationFormBinder : IModelBinder
{
    /// <summary>No page has more rows than this; a post with more is cut here rather than allocating without bound.</summary>
    public const int MaxRows = 1000;

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var request = bindingContext.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            bindingContext.Result = ModelBindingResult.Success(new EvaluationForm());
            return;
        }
        var posted = await request.ReadFormAsync();
        var prefix = bindingContext.ModelName.Length > 0 ? bindingContext.ModelName + "." : "";
        var form = new EvaluationForm();
        foreach (var (key, values) in posted)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            Set(form, key[prefix.Length..], values);
        }
        bindingContext.Result = ModelBindingResult.Success(form);
    }

    private static void Set(EvaluationForm form, string name, Microsoft.Extensions.Primitives.StringValues values)
    {
        var value = values.Count > 0 ? values[^1] : null;
        if (FormFieldName.Parse(name) is not { } parsed)
            return;
        var (collection, key, field) = parsed;
        if (collection.Length == 0)
        {
            switch (field)
            {
                case nameof(EvaluationForm.Region): form.Region = value; break;
                case nameof(EvaluationForm.Kind): form.Kind = value ?? "report"; break;
                case nameof(EvaluationForm.StatedScore): form.StatedScore = value; break;
                case nameof(EvaluationForm.StatedGrade): form.StatedGrade = value; break;
                case nameof(EvaluationForm.AnnualGoal): form.AnnualGoal = value; break;
                case nameof(EvaluationForm.SummaryCount): form.SummaryCount = value; break;
                case nameof(EvaluationForm.SummaryMet): form.SummaryMet = value; break;
                case nameof(EvaluationForm.Version): form.Version = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1; break;
            }
            return;
        }
        switch (collection)
        {
            case nameof(EvaluationForm.Figures): form.Figures[key] = value; break;
            case nameof(EvaluationForm.StatedRates): form.StatedRates[key] = value; break;
            case nameof(EvaluationForm.Narrative): form.Narrative[key] = value; break;
            case nameof(EvaluationForm.Tasks) when Row(form.Tasks, key) is { } task: SetTask(task, field, value); break;
            case nameof(EvaluationForm.Indicators) when Row(form.Indicators, key) is { } row: SetIndicator(row, field, value); break;
            case nameof(EvaluationForm.Assessments):
                var a = form.Assessments.TryGetValue(key, out var found) ? found : form.Assessments[key] = new AssessmentRow();
                SetAssessment(a, field, values);
                break;
        }
    }

    private static T? Row<T>(List<T> rows, string index)
        where T : class, new()
    {
        if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= MaxRows)
            return null;
        while (rows.Count <= i)
            rows.Add(new T());
        return rows[i];
    }

    private static void SetTask(TaskRow t, string field, string? value)
    {
        switch (field)
        {
            case nameof(TaskRow.Name): t.Name = value; break;
            case nameof(TaskRow.Goal): t.Goal = value; break;
            case nameof(TaskRow.Outcome): t.Outcome = value; break;
            case nameof(TaskRow.Budget): t.Budget = value; break;
            case nameof(TaskRow.Spent): t.Spent = value; break;
            case nameof(TaskRow.StatedRate): t.StatedRate = value; break;
        }
    }

    private static void SetIndicator(IndicatorRow r, string field, string? value)
    {
        switch (field)
        {
            case nameof(IndicatorRow.Level1): r.Level1 = value; break;
            case nameof(IndicatorRow.Level2): r.Level2 = value; break;
            case nameof(IndicatorRow.Name): r.Name = value; break;
            case nameof(IndicatorRow.Weight): r.Weight = value; break;
            case nameof(IndicatorRow.Formula): r.Formula = value; break;
            case nameof(IndicatorRow.Target): r.Target = value; break;
            case nameof(IndicatorRow.Actual): r.Actual = value; break;
            case nameof(IndicatorRow.Score): r.Score = value; break;
            case nameof(IndicatorRow.Deviation): r.Deviation = value; break;
            case nameof(IndicatorRow.Task): r.Task = value; break;
            case nameof(IndicatorRow.Achievement): r.Achievement = value; break;
        }
    }

    private static void SetAssessment(AssessmentRow a, string field, Microsoft.Extensions.Primitives.StringValues values)
    {
        var value = values.Count > 0 ? values[^1] : null;
        switch (field)
        {
            case nameof(AssessmentRow.Level): a.Level = value; break;
            case nameof(AssessmentRow.Value): a.Value = value; break;
            case nameof(AssessmentRow.Score): a.Score = value; break;
            case nameof(AssessmentRow.Basis): a.Basis = value; break;
            case nameof(AssessmentRow.ItemsMet): a.ItemsMet = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList(); break;
        }
    }
}
