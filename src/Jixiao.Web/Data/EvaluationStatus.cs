namespace Jixiao.Web.Data;

/// <summary>Where an evaluation is in its life: the department edits drafts and returned ones; the bureau the rest.</summary>
public enum EvaluationStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
    Published,
}

public static class EvaluationStatusNames
{
    public static string ToChinese(this EvaluationStatus status) => status switch
    {
        EvaluationStatus.Draft => "草稿",
        EvaluationStatus.Submitted => "已提交",
        EvaluationStatus.Returned => "已退回",
        EvaluationStatus.Accepted => "已通过",
        _ => "已发布",
    };

    /// <summary>Only drafts and returned evaluations change; the rest are kept as filed.</summary>
    public static bool IsEditable(this EvaluationStatus status) => status is EvaluationStatus.Draft or EvaluationStatus.Returned;
}
