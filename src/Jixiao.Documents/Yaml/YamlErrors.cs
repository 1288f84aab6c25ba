namespace Jixiao.Documents.Yaml;

/// <summary>
/// YamlDotNet's English syntax errors said in Chinese: the message is matched by the phrase that names the problem;
/// an unknown one gets a general description, never the English text.
/// </summary>
internal static class YamlErrors
{
    // Specific phrases before the general ones they occur with ("found unknown escape character" comes with "while
    // scanning a quoted scalar").
    private static readonly (string Phrase, string Chinese)[] Known =
    [
        ("did not find expected ',' or ']'", "方括号 [ ] 写的列表没有闭合（缺少“]”或逗号）"),
        ("did not find expected ',' or '}'", "花括号 { } 写的映射没有闭合（缺少“}”或逗号）"),
        ("found invalid mapping", "此处不应出现“: ”（含冒号加空格的文字须加引号）"),
        ("Mapping values are not allowed in this context", "此处不应出现“: ”（含冒号加空格的文字须加引号）"),
        ("found unknown escape character", "双引号文字中有未知的转义字符（\\ 后的字符）"),
        ("invalid Unicode character escape code", "双引号文字中的 Unicode 转义无效"),
        ("found unexpected end of stream", "文件意外结束（括号或引号没有闭合）"),
        ("while scanning a quoted scalar", "引号没有闭合"),
        ("did not find expected '-' indicator", "列表项的缩进不一致"),
        ("did not find expected key", "缩进不一致，找不到下一个字段名"),
        ("did not find expected node content", "此处缺少内容"),
        ("while scanning a block scalar", "多行文字（| 或 >）的缩进不正确"),
        ("found character that cannot start any token", "出现了不能作为开头的字符（如制表符 Tab、@ 或 `）"),
        ("Duplicate key", "同一个字段名出现了两次"),
        ("The anchor", "引用了未定义的锚点（*名称）"),
        ("while scanning an anchor", "锚点（&名称）写法不正确"),
        ("while scanning an alias", "别名（*名称）写法不正确"),
        ("found undefined tag handle", "使用了未定义的标签（!标签）"),
        ("while scanning a tag", "标签（!标签）写法不正确"),
        ("while scanning a directive", "指令（%）写法不正确"),
        ("did not find expected <document start>", "文件结构不正确（缩进不一致或多余的内容）"),
        ("could not find expected ':'", "缺少“: ”"),
        ("while parsing a block mapping", "缩进不一致"),
        ("while parsing a block collection", "列表的缩进不一致"),
        ("control characters are not allowed", "文字中含有不可见的控制字符"),
        ("special characters are not allowed", "文字中含有不允许的特殊字符"),
    ];

    public static string Describe(string message)
    {
        foreach (var (phrase, chinese) in Known)
        {
            if (message.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                return chinese;
        }
        return "无法解析此处的内容";
    }
}
