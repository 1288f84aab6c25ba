namespace Jixiao.Documents.Import.Structure;

/// <summary>
/// A section heading of the document ("一、基本情况", "（一）自评结论综述"), or a table row label that names a part of
/// the form ("年度目标", "存在问题"). <see cref="Core"/> is the title without its numbering, for comparing with a
/// scheme's outline.
/// </summary>
internal sealed record Heading(string Core, SourceLine Line, int Order);
