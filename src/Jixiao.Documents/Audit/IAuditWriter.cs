using Jixiao.Documents.Import;

namespace Jixiao.Documents.Audit;

/// <summary>
/// Writes a bulk audit as it runs: <see cref="Add"/> streams each document's finding rows out, so a run of any size
/// holds only one document's rows; <see cref="Complete"/> adds the summary (where the format has room for it).
/// </summary>
public interface IAuditWriter : IDisposable
{
    void Add(ImportResult result);

    void Complete(AuditSummary summary);
}
