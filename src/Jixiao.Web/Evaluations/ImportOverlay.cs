namespace Jixiao.Web.Evaluations;

/// <summary>
/// An imported document laid over the draft: every value the document states replaces the draft's; what it does
/// not state stays as the department typed it. Lists (tasks, indicators) are replaced whole when the document has any,
/// because their rows only make sense together.
/// </summary>
public static class ImportOverlay
{
    public static EvaluationForm Apply(EvaluationForm draft, EvaluationForm imported)
    {
        foreach (var (path, value) in imported.Figures)
            draft.Figures[path] = value;
        foreach (var (rate, value) in imported.StatedRates)
            draft.StatedRates[rate] = value;
        foreach (var (id, text) in imported.Narrative)
            draft.Narrative[id] = text;
        foreach (var (id, row) in imported.Assessments)
            draft.Assessments[id] = row;
        draft.Region = imported.Region ?? draft.Region;
        draft.Kind = imported.Kind;
        draft.StatedScore = imported.StatedScore ?? draft.StatedScore;
        draft.StatedGrade = imported.StatedGrade ?? draft.StatedGrade;
        draft.AnnualGoal = imported.AnnualGoal ?? draft.AnnualGoal;
        if (imported.Tasks.Count > 0)
            draft.Tasks = imported.Tasks;
        if (imported.Indicators.Count > 0)
        {
            draft.Indicators = imported.Indicators;
            draft.SummaryCount = draft.SummaryMet = null;
        }
        else if (imported.SummaryCount is not null)
        {
            (draft.SummaryCount, draft.SummaryMet) = (imported.SummaryCount, imported.SummaryMet);
            draft.Indicators = [];
        }
        return draft;
    }
}
