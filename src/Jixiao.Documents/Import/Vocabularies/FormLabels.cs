using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Structure;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Documents.Import.Vocabularies;

/// <summary>
/// The words of one printed form (lexicon.yaml, "forms"): its funds header and row labels, its indicator header, and
/// the labels of its other blocks, in the order the form prints them. The table writer lays the form out with these;
/// the reader's rules read each of them back as the column or row it names.
/// </summary>
internal sealed class FormLabels
{
    private readonly IReadOnlyDictionary<string, string> _blocks;

    private FormLabels(string id, string title, IReadOnlyList<(Column, string)> funds, IReadOnlyList<(FundsRow, string)> fundsRows,
        IReadOnlyList<(Column, string)> indicators, IReadOnlyDictionary<string, string> blocks)
    {
        Id = id;
        Title = title;
        Funds = funds;
        FundsRows = fundsRows;
        Indicators = indicators;
        _blocks = blocks;
    }

    public string Id { get; }

    /// <summary>The form's title when the scheme gives none.</summary>
    public string Title { get; }

    /// <summary>The funds block's header, left to right.</summary>
    public IReadOnlyList<(Column Column, string Label)> Funds { get; }

    /// <summary>The funds block's row labels, top to bottom.</summary>
    public IReadOnlyList<(FundsRow Row, string Label)> FundsRows { get; }

    /// <summary>The indicator (or task) block's header, left to right, when the scheme names no columns of its own.</summary>
    public IReadOnlyList<(Column Column, string Label)> Indicators { get; }

    /// <summary>The label of the form's block <paramref name="name"/> (goal, total, grade …).</summary>
    public string Block(string name) =>
        _blocks.TryGetValue(name, out var label) ? label : throw new InvalidOperationException($"lexicon.yaml: the form “{Id}” has no block label “{name}”");

    /// <summary>The label of the funds column <paramref name="column"/>.</summary>
    public string FundsLabel(Column column) => Funds.First(f => f.Column == column).Label;

    /// <summary>The label of the funds row <paramref name="row"/>.</summary>
    public string RowLabel(FundsRow row) => FundsRows.First(f => f.Row == row).Label;

    internal static IReadOnlyDictionary<string, FormLabels> Of(YamlMappingNode root)
    {
        var list = Lexicon.List(root, "forms");
        var forms = new Dictionary<string, FormLabels>(StringComparer.Ordinal);
        foreach (var (key, node) in list.Children)
        {
            var id = ((YamlScalarNode)key).Value ?? "";
            if (id == "seen")
                continue;
            if (node is not YamlMappingNode form)
                throw new InvalidDataException($"lexicon.yaml: the form “{id}” must be a mapping (line {key.Start.Line})");
            forms[id] = new FormLabels(
                id,
                Lexicon.Scalar(form, "title", id),
                Kinds<Column>(form, "funds", id),
                Kinds<FundsRow>(form, "fundsRows", id),
                Kinds<Column>(form, "indicators", id),
                Pairs(form, "blocks", id).ToDictionary(b => b.Key, b => b.Label, StringComparer.Ordinal));
        }
        return forms;
    }

    /// <summary>The ordered "Kind: label" pairs of <paramref name="name"/>, each kind one of <typeparamref name="T"/>.</summary>
    private static List<(T Kind, string Label)> Kinds<T>(YamlMappingNode form, string name, string id)
        where T : struct, Enum =>
        [.. Pairs(form, name, id).Select(p => Enum.TryParse<T>(p.Key, out var kind)
            ? (kind, p.Label)
            : throw new InvalidDataException($"lexicon.yaml: the form “{id}” names an unknown {typeof(T).Name} “{p.Key}” in “{name}”"))];

    private static List<(string Key, string Label)> Pairs(YamlMappingNode form, string name, string id)
    {
        if (!form.Children.TryGetValue(new YamlScalarNode(name), out var node) || node is not YamlMappingNode labels)
            throw new InvalidDataException($"lexicon.yaml: the form “{id}” has no “{name}”");
        return [.. labels.Children.Select(c => (((YamlScalarNode)c.Key).Value ?? "", ((YamlScalarNode)c.Value).Value ?? ""))];
    }
}
