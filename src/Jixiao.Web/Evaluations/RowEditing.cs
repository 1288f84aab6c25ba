namespace Jixiao.Web.Evaluations;

/// <summary>Adds, removes and reorders indicator and task rows on the form (the page's buttons, with or without script).</summary>
public static class RowEditing
{
    public static void Apply(EvaluationForm form, string op, int index)
    {
        switch (op)
        {
            case "add-indicator":
                var above = index >= 0 && index < form.Indicators.Count ? form.Indicators[index] : form.Indicators.LastOrDefault();
                // A new row sits under the same 一级/二级 and task as the row it follows: that is how tables are filled.
                form.Indicators.Insert(Clamp(index + 1, form.Indicators.Count), new IndicatorRow { Level1 = above?.Level1, Level2 = above?.Level2, Task = above?.Task });
                break;
            case "remove-indicator" when index >= 0 && index < form.Indicators.Count:
                form.Indicators.RemoveAt(index);
                break;
            case "up-indicator":
                Swap(form.Indicators, index, index - 1);
                break;
            case "down-indicator":
                Swap(form.Indicators, index, index + 1);
                break;
            case "add-task":
                form.Tasks.Add(new TaskRow());
                break;
            case "remove-task" when index >= 0 && index < form.Tasks.Count:
                form.Tasks.RemoveAt(index);
                break;
        }
    }

    private static int Clamp(int i, int count) => Math.Max(0, Math.Min(i, count));

    private static void Swap<T>(List<T> rows, int a, int b)
    {
        if (a < 0 || b < 0 || a >= rows.Count || b >= rows.Count)
            return;
        (rows[a], rows[b]) = (rows[b], rows[a]);
    }
}
