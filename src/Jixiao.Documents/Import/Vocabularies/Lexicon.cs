using System.Reflection;
using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Structure;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Documents.Import.Vocabularies;

/// <summary>
/// The words of published documents (lexicon.yaml, embedded), read once and shared by every reader and writer: code
/// holds the mechanisms, this file the vocabulary with where each word was seen.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Loaded = new(() => Parse(ReadResource()));

    private Lexicon(YamlMappingNode root)
    {
        OrganisationSuffixes = WordList.Of(root, "organisationSuffixes");
        PageFurniture = WordList.Of(root, "pageFurniture");
        TotalLabels = WordList.Of(root, "totalLabels");
        GradeLabels = WordList.Of(root, "gradeLabels");
        AttachmentLabels = WordList.Of(root, "attachmentLabels");
        NoticeEndings = WordList.Of(root, "noticeEndings");
        ProjectTableMarks = WordList.Of(root, "projectTableMarks");
        ThreePublicTableMarks = WordList.Of(root, "threePublicTableMarks");
        ThresholdWords = WordList.Of(root, "thresholdWords");
        DepartmentFieldLabels = WordList.Of(root, "departmentFieldLabels");
        TitleSubjects = WordList.Of(root, "titleSubjects");
        IntroductionWords = WordList.Of(root, "introductionWords");
        QualitativeTargets = WordList.Of(root, "qualitativeTargets");
        Columns = ClassifyRules<Column>.Of(root, "columns", "column");
        FundsRows = ClassifyRules<FundsRow>.Of(root, "fundsRows", "row");
        FigureTerms = Terms(root);
        Forms = FormLabels.Of(root);
        _reportWords = ReportWordsOf(root);
    }

    private readonly Dictionary<string, string> _reportWords;

    /// <summary>The word the report writes the figure <paramref name="name"/> with (initial → 年初预算数).</summary>
    public string ReportWord(string name) =>
        _reportWords.TryGetValue(name, out var word) ? word : throw new InvalidOperationException($"lexicon.yaml: “reportWords” has no “{name}”");

    /// <summary>Every report word by its name.</summary>
    public IReadOnlyDictionary<string, string> ReportWords => _reportWords;

    private static Dictionary<string, string> ReportWordsOf(YamlMappingNode root)
    {
        var list = List(root, "reportWords");
        if (!list.Children.TryGetValue(new YamlScalarNode("words"), out var node) || node is not YamlMappingNode words || words.Children.Count == 0)
            throw new InvalidDataException("lexicon.yaml: “reportWords” has no words");
        return words.Children.ToDictionary(w => ((YamlScalarNode)w.Key).Value ?? "", w => ((YamlScalarNode)w.Value).Value ?? "", StringComparer.Ordinal);
    }

    public static Lexicon Default => Loaded.Value;

    /// <summary>What a department's name ends with (局, 委员会, 中心 …).</summary>
    public WordList OrganisationSuffixes { get; }

    /// <summary>Marks of a web page around a copied document (当前位置, 发布时间, 版权所有 …).</summary>
    public WordList PageFurniture { get; }

    /// <summary>Labels of a score table's total row (总分, 合计 …).</summary>
    public WordList TotalLabels { get; }

    /// <summary>Labels of the grade (评价等级, 评级 …).</summary>
    public WordList GradeLabels { get; }

    /// <summary>附件, 附表: the label above an annexed document.</summary>
    public WordList AttachmentLabels { get; }

    /// <summary>How a cover note's title ends (说明, 通知, 公示 …).</summary>
    public WordList NoticeEndings { get; }

    /// <summary>Captions and first rows that make a table one project's (项目支出绩效自评表, 项目名称).</summary>
    public WordList ProjectTableMarks { get; }

    /// <summary>Captions that make a table a 三公经费 table.</summary>
    public WordList ThreePublicTableMarks { get; }

    /// <summary>Words that make the number after them a threshold, not a figure (未达到, 低于 …).</summary>
    public WordList ThresholdWords { get; }

    /// <summary>Form fields that name the department (部门名称, 填报单位 …).</summary>
    public WordList DepartmentFieldLabels { get; }

    /// <summary>Where a title turns from the department to its subject (部门整体支出, 绩效自评 …).</summary>
    public WordList TitleSubjects { get; }

    /// <summary>Where an opening sentence turns from the department's name to what it is (是, 成立于, 内设 …).</summary>
    public WordList IntroductionWords { get; }

    /// <summary>Targets and results without a number (提升, 达标, 按时完成 …).</summary>
    public WordList QualitativeTargets { get; }

    /// <summary>Header text → column (tried in order).</summary>
    public ClassifyRules<Column> Columns { get; }

    /// <summary>A funds table's row label → its line of money (tried in order).</summary>
    public ClassifyRules<FundsRow> FundsRows { get; }

    /// <summary>The printed forms the table writer lays out, by layout id (national-2020, guangzhou-2021).</summary>
    public IReadOnlyDictionary<string, FormLabels> Forms { get; }

    /// <summary>The words sentences state figures with, each with what it says (Vocabulary matches the longest).</summary>
    public IReadOnlyList<(string Word, Term Term)> FigureTerms { get; }

    private static List<(string, Term)> Terms(YamlMappingNode root)
    {
        var list = List(root, "figureTerms");
        if (!list.Children.TryGetValue(new YamlScalarNode("terms"), out var node) || node is not YamlMappingNode terms)
            throw new InvalidDataException("lexicon.yaml: “figureTerms” has no terms");
        var entries = new List<(string, Term)>();
        foreach (var (key, words) in terms.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (!Enum.TryParse<Term>(name, out var term))
                throw new InvalidDataException($"lexicon.yaml: “figureTerms” names an unknown term “{name}” (line {key.Start.Line})");
            entries.AddRange(((YamlSequenceNode)words).Children.Select(w => (((YamlScalarNode)w).Value ?? "", term)));
        }
        return entries;
    }

    /// <summary>The list <paramref name="name"/>, which must say where its words were seen.</summary>
    internal static YamlMappingNode List(YamlMappingNode root, string name)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(name), out var node) || node is not YamlMappingNode list)
            throw new InvalidDataException($"lexicon.yaml: the list “{name}” is missing");
        Scalar(list, "seen", name);
        return list;
    }

    internal static string Scalar(YamlMappingNode map, string key, string list) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var s) && s is YamlScalarNode { Value: { Length: > 0 } text }
            ? text
            : throw new InvalidDataException($"lexicon.yaml: “{list}” has no “{key}”" + (key == "seen" ? "（where its words were seen）" : ""));

    internal static Lexicon Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InvalidDataException("lexicon.yaml: the top level must be a mapping of lists");
        return new Lexicon(root);
    }

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jixiao.Documents.Import.Vocabularies.lexicon.yaml")
            ?? throw new InvalidDataException("lexicon.yaml is not embedded in Jixiao.Documents");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
