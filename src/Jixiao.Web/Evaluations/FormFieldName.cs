namespace Jixiao.Web.Evaluations;

/// <summary>
/// An input name of the evaluation form taken apart: "Form.Indicators[3].Score" is collection Indicators, key 3,
/// field Score; "Form.StatedScore" has only a field. One reading for the binder, the anchors and the labels.
/// </summary>
public readonly record struct FormFieldName(string Collection, string Key, string Field)
{
    /// <summary>Reads <paramref name="name"/> with or without the form's prefix; null for a malformed bracket.</summary>
    public static FormFieldName? Parse(string name)
    {
        var s = name.StartsWith(EvaluationFormReader.Prefix + ".", StringComparison.Ordinal) ? name[(EvaluationFormReader.Prefix.Length + 1)..] : name;
        var open = s.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
            return new FormFieldName("", "", s);
        var close = s.IndexOf(']', open);
        if (close < 0)
            return null;
        return new FormFieldName(s[..open], s[(open + 1)..close], s[(close + 1)..].TrimStart('.'));
    }

    /// <summary>The row number of a list field (Tasks, Indicators), or null when the key is not one.</summary>
    public int? Index => int.TryParse(Key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : null;
}
