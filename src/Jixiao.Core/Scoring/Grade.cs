namespace Jixiao.Core.Scoring;

/// <summary>评级 (财预〔2020〕10号): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. The bands themselves live in the scheme.</summary>
public enum Grade
{
    /// <summary>优.</summary>
    Excellent,

    /// <summary>良.</summary>
    Good,

    /// <summary>中.</summary>
    Fair,

    /// <summary>差.</summary>
    Poor,
}

public static class GradeNames
{
    public static string ToChinese(this Grade grade) => grade switch
    {
        Grade.Excellent => "优",
        Grade.Good => "良",
        Grade.Fair => "中",
        _ => "差",
    };

    public static bool TryParse(string? text, out Grade grade)
    {
        grade = Grade.Poor;
        switch (text?.Trim().Trim('"', '“', '”', '「', '」'))
        {
            case "优" or "优秀":
                grade = Grade.Excellent;
                return true;
            case "良" or "良好":
                grade = Grade.Good;
                return true;
            case "中" or "中等" or "合格":
                grade = Grade.Fair;
                return true;
            case "差" or "较差" or "不合格":
                grade = Grade.Poor;
                return true;
            default:
                return false;
        }
    }
}
