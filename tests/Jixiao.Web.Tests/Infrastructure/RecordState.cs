using Jixiao.Web.Data;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>An evaluation as stored: the record, its revisions (number, author, reason, content) and its audit entries.</summary>
internal sealed record RecordState(string Content, int RevisionNumber, EvaluationStatus Status, int Version, int RevisionCount, string Revisions, int AuditEntries);
