using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// The name of a project written before "项目支出" or "项目预算" ("物业管理费项目支出预算数" → 物业管理费), or null
/// when the words before it only say whose it is ("2022年度本部门项目支出" is the department's project spending).
/// </summary>
internal static partial class TaskName
{
    private static readonly string[] Prefixes =
    [
        "其中", "本年度", "年度", "本年", "全年", "当年", "本部门", "部门", "本单位", "单位", "我局", "我馆", "我单位", "我部门",
        "本局", "本级", "以及", "包括", "主要是", "主要", "用于", "年", "的", "及", "和", "对", "该", "其", "共",
    ];

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "重点", "专项", "其他", "各项", "各类", "全部", "所有", "部分", "整体", "一般", "常规", "经常性", "其余", "具体", "相关",
        "上述", "以上", "单个", "本", "总", "各", "新增", "延续", "续建", "在建", "政府投资", "基本建设", "财政",
    };

    private static readonly string[] FigureWords = ["支出", "预算", "执行", "决算", "资金来源"];

    public static string? Before(string text, int at, int sentenceStart)
    {
        var i = at;
        while (i > sentenceStart && IsNameChar(text[i - 1]))
            i--;
        var name = LeadingYear().Replace(text[i..at], "");
        for (var changed = true; changed && name.Length > 0;)
        {
            changed = false;
            foreach (var prefix in Prefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    name = LeadingYear().Replace(name[prefix.Length..], "");
                    changed = true;
                    break;
                }
            }
        }
        name = name.TrimEnd('的', '和', '及', '与', '、');
        // "基本支出和项目支出": words that are themselves figures name no project.
        var isFigure = FigureWords.Any(w => name.Contains(w, StringComparison.Ordinal));
        return name.Length >= 2 && !isFigure && !NotNames.Contains(name) ? name : null;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '《' or '》' or '·' or '-';

    [GeneratedRegex(@"^\d+(?:年度|年)?")]
    private static partial Regex LeadingYear();
}
