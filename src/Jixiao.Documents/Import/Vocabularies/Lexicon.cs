using System.Reflection;
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
