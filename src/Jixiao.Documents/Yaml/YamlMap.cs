using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Documents.Yaml;

/// <summary>
/// A YAML mapping read field by field, so every problem can name its line. Fields read are remembered:
/// <see cref="RejectUnknown"/> then reports any key the reader did not ask for (a typo such as "weigth").
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private YamlMap(string file, YamlMappingNode node)
    {
        File = file;
        _node = node;
    }

    public string File { get; }

    public int Line => (int)_node.Start.Line;

    /// <summary>A mapping built in memory (the web form), read with the same rules as a file.</summary>
    public static YamlMap Of(YamlMappingNode node, string file) => new(file, node);

    /// <summary>
    /// Parses <paramref name="text"/> within <see cref="YamlLimits"/>; the root must be a mapping. Any problem,
    /// whatever YamlDotNet throws, is a <see cref="JixiaoFileException"/> naming the line.
    /// </summary>
    public static YamlMap Parse(string text, string file)
    {
        var stream = new YamlStream();
        var parser = new BoundedParser(new Parser(new StringReader(text)), file);
        try
        {
            stream.Load(parser);
        }
        catch (JixiaoFileException)
        {
            throw;
        }
        catch (YamlException e)
        {
            throw new JixiaoFileException(file, (int)e.Start.Line, $"YAML 格式错误：{YamlErrors.Describe(e.Message)}", SyntaxFix, e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet's scanner fails with these on some malformed input (an unclosed flow list before a key).
            throw new JixiaoFileException(file, parser.Line, "YAML 格式错误：无法解析此处的内容", SyntaxFix, e);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new JixiaoFileException(file, 1, "文件为空或顶层不是“字段: 值”的映射", "请按 docs/formats.md 的格式书写");
        CheckExpandedSize(root, file);
        return new YamlMap(file, root);
    }

    private const string SyntaxFix = "请检查该行及上一行的缩进、冒号、括号和引号；以 ≥ ≤ = % * 开头或含“: ”的文字请加引号";

    /// <summary>
    /// Aliases (*名称) share the node they name, so a small file can stand for a huge tree ("billion laughs"); reading
    /// it field by field would build every copy. The tree's size with every alias counted as a copy is bounded.
    /// </summary>
    private static void CheckExpandedSize(YamlNode root, string file)
    {
        var sizes = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
        var open = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(YamlNode Node, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (!childrenDone)
            {
                if (sizes.ContainsKey(node))
                    continue;
                open.Add(node);
                stack.Push((node, true));
                foreach (var child in Children(node))
                {
                    if (open.Contains(child))
                        throw new JixiaoFileException(file, (int)child.Start.Line, "别名（*名称）引用了包含它自己的内容", "请删去该别名");
                    if (!sizes.ContainsKey(child))
                        stack.Push((child, false));
                }
                continue;
            }
            var size = 1L;
            foreach (var child in Children(node))
                size += sizes[child];
            if (size > YamlLimits.MaxNodes)
            {
                throw new JixiaoFileException(file, (int)node.Start.Line, $"别名（*名称）展开后内容过多（超过 {YamlLimits.MaxNodes} 个节点）",
                    "请少用别名，直接写出内容");
            }
            sizes[node] = size;
            open.Remove(node);
        }
    }

    private static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlMappingNode m => m.Children.SelectMany(p => (YamlNode[])[p.Key, p.Value]),
        YamlSequenceNode s => s.Children,
        _ => [],
    };

    public JixiaoFileException Error(string problem, string fix, YamlNode? at = null) =>
        new(File, at is null ? Line : (int)at.Start.Line, problem, fix);

    public bool Has(string key) => Get(key) is { } n && !IsNull(n);

    /// <summary>The line of <paramref name="key"/> itself (where a person would fix it), else of this mapping.</summary>
    public int LineOf(string key)
    {
        _read.Add(key);
        foreach (var (k, _) in _node.Children)
        {
            if (k is YamlScalarNode { Value: var v } && v == key)
                return (int)k.Start.Line;
        }
        return Line;
    }

    public string RequiredString(string key) => String(key) ?? throw Missing(key, "…");

    public string? String(string key)
    {
        var node = Get(key);
        if (node is null || IsNull(node))
            return null;
        if (node is not YamlScalarNode scalar)
            throw Error($"字段“{key}”应为文字", "请写成一行文字，或用 | 开始多行文字", node);
        return scalar.Value;
    }

    public decimal RequiredDecimal(string key) => Decimal(key) ?? throw Missing(key, "数值");

    /// <summary>A missing field, or — when a key nearly spells it ("weigth") — that misspelt key.</summary>
    public JixiaoFileException Missing(string key, string example)
    {
        foreach (var (k, _) in _node.Children)
        {
            var other = ((YamlScalarNode)k).Value ?? "";
            if (other != key && EditDistance.Between(other, key) <= 2)
                return Error($"未知字段“{other}”", $"是否应为“{key}”？请检查拼写", k);
        }
        return Error($"缺少必填字段“{key}”", $"请在此处添加 {key}: {example}");
    }

    public decimal? Decimal(string key)
    {
        var text = String(key);
        if (text is null)
            return null;
        var cleaned = text.Replace(",", "", StringComparison.Ordinal).Trim().TrimEnd('%');
        if (decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            return value;
        throw Error($"字段“{key}”的值“{text}”不是数字", "请只写数字（金额以万元计，比率以百分数计，如 94.5）", Get(key));
    }

    public int? Int(string key)
    {
        var d = Decimal(key);
        if (d is null)
            return null;
        if (d != Math.Floor(d.Value))
            throw Error($"字段“{key}”应为整数", "请去掉小数部分", Get(key));
        return (int)d.Value;
    }

    public bool? Bool(string key) => String(key) switch
    {
        null => null,
        "true" or "yes" or "是" => true,
        "false" or "no" or "否" => false,
        var other => throw Error($"字段“{key}”的值“{other}”不是 true/false", "请写 true 或 false", Get(key)),
    };

    public YamlMap? Map(string key)
    {
        var node = Get(key);
        if (node is null || IsNull(node))
            return null;
        return node as YamlMappingNode is { } m ? new YamlMap(File, m) : throw Error($"字段“{key}”应为“字段: 值”的映射", "请在其下缩进书写各个字段", node);
    }

    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Get(key);
        if (node is null || IsNull(node))
            return [];
        if (node is not YamlSequenceNode seq)
            throw Error($"字段“{key}”应为列表", "请用“- ”开头逐项书写", node);
        var list = new List<YamlMap>(seq.Children.Count);
        foreach (var item in seq.Children)
            list.Add(item is YamlMappingNode m ? new YamlMap(File, m) : throw Error($"“{key}”的列表项应为映射", "每项写成 { 字段: 值 } 或缩进的字段", item));
        return list;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var node = Get(key);
        if (node is null || IsNull(node))
            return [];
        if (node is not YamlSequenceNode seq)
            throw Error($"字段“{key}”应为列表", "请写成 [甲, 乙] 或逐行“- 项”", node);
        return seq.Children.Select(c => c is YamlScalarNode s ? s.Value ?? "" : throw Error($"“{key}”的列表项应为文字", "请去掉嵌套结构", c)).ToList();
    }

    /// <summary>The entries of a mapping whose keys are data (section id → text, rate id → value).</summary>
    public IEnumerable<(string Key, YamlMap? Map, string? Scalar, int Line)> Entries()
    {
        foreach (var (k, v) in _node.Children)
        {
            var key = ((YamlScalarNode)k).Value ?? "";
            _read.Add(key);
            yield return (key, v is YamlMappingNode m ? new YamlMap(File, m) : null, v is YamlScalarNode s && !IsNull(s) ? s.Value : null, (int)k.Start.Line);
        }
    }

    /// <summary>Fails on the first key nobody read: a misspelt or unsupported field.</summary>
    public void RejectUnknown()
    {
        foreach (var (k, _) in _node.Children)
        {
            var key = ((YamlScalarNode)k).Value ?? "";
            if (!_read.Contains(key))
                throw Error($"未知字段“{key}”", $"可用字段：{string.Join("、", _read.Order(StringComparer.Ordinal))}；请检查拼写", k);
        }
    }

    private YamlNode? Get(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not ScalarStyle.SingleQuoted and not ScalarStyle.DoubleQuoted } s && (string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null");
}
