using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Jixiao.Documents.Yaml;

/// <summary>
/// YamlDotNet's parser with the checks a document tree cannot make afterwards: nesting depth and node count (a
/// deeply nested or huge file is refused before it is built), keys that are plain text (a list or an alias as a key
/// would be hashed whole, however large), and no control characters in any text (they cannot be written to DOCX or
/// XLSX). Remembers the last line read, for errors YamlDotNet reports without one.
/// </summary>
internal sealed class BoundedParser(IParser inner, string file) : IParser
{
    private readonly Stack<Container> _open = new();
    private int _nodes;

    public ParsingEvent? Current => inner.Current;

    /// <summary>The line of the last event read (1-based).</summary>
    public int Line { get; private set; } = 1;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
            return false;
        var current = inner.Current!;
        Line = (int)current.Start.Line;
        switch (current)
        {
            case NodeEvent node:
                Begin(node);
                break;
            case SequenceEnd or MappingEnd:
                _open.Pop();
                break;
        }
        return true;
    }

    private void Begin(NodeEvent node)
    {
        if (++_nodes > YamlLimits.MaxNodes)
            throw Error($"YAML 内容过多（超过 {YamlLimits.MaxNodes} 个节点）", "评价文件通常只有几百个节点，请确认选对了文件");
        if (_open.TryPeek(out var parent) && parent.IsMapping)
        {
            if (parent.ExpectsKey && node is not Scalar)
                throw Error("映射的键必须是文字", "请把字段名写成普通文字，不要用列表、映射或别名（*名称）作字段名");
            parent.ExpectsKey = !parent.ExpectsKey;
        }
        switch (node)
        {
            case Scalar scalar:
                CheckText(scalar.Value);
                break;
            case MappingStart or SequenceStart:
                if (_open.Count >= YamlLimits.MaxDepth)
                    throw Error($"嵌套层次太深（超过 {YamlLimits.MaxDepth} 层）", "请检查缩进和括号是否配对");
                _open.Push(new Container(node is MappingStart));
                break;
        }
    }

    private void CheckText(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (InvisibleCharacters.IsRefused(rune))
            {
                throw Error($"文字中含有不可见的控制字符（U+{rune.Value.ToString("X4", CultureInfo.InvariantCulture)}）",
                    "请删去该字符（常见于从网页、PDF 或 Excel 复制的文字）");
            }
        }
        // Lone surrogates (from "\ud800" escapes) are not characters: EnumerateRunes yields U+FFFD for them.
        if (!InvisibleCharacters.HasNoLoneSurrogate(text))
            throw Error("文字中含有无效的 Unicode 代理字符", "请删去该字符");
    }

    private JixiaoFileException Error(string problem, string fix) => new(file, Line, problem, fix);

    private sealed class Container(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectsKey { get; set; } = isMapping;
    }
}
