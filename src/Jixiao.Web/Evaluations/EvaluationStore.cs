using Jixiao.Core.Evaluations;
using Jixiao.Documents.Evaluations;
using Jixiao.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Evaluations;

/// <summary>The outcome of a save: done, or someone else saved first (nothing was written).</summary>
public enum SaveOutcome
{
    Saved,
    Conflict,
}

/// <summary>
/// Writes evaluations: every change appends a revision (never edits one), refreshes what lists show, and logs who
/// did what with the fields before → after, all in one transaction.
/// </summary>
public sealed class EvaluationStore(JixiaoDb db, EvaluationAnalysis analysis, TimeProvider clock)
{
    public async Task<EvaluationRecord> CreateAsync(Department department, Round? round, Evaluation evaluation, string user, string reason,
        EvaluationStatus status = EvaluationStatus.Draft, CancellationToken cancel = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var content = EvaluationWriter.Write(evaluation);
        var record = new EvaluationRecord
        {
            DepartmentId = department.Id,
            RoundId = round?.Id,
            Year = evaluation.Year,
            SchemeId = evaluation.SchemeId,
            Status = status,
            Content = content,
            RevisionNumber = 1,
            UpdatedAt = now,
            SubmittedAt = status == EvaluationStatus.Draft ? null : now,
        };
        Summarise(record, evaluation);
        record.Revisions.Add(new Revision { Number = 1, Content = content, CreatedBy = user, CreatedAt = now, Reason = reason });
        db.Evaluations.Add(record);
        await db.SaveChangesAsync(cancel);
        db.AuditLog.Add(new AuditEntry { At = now, UserName = user, EvaluationRecordId = record.Id, Action = "创建", Detail = reason });
        await db.SaveChangesAsync(cancel);
        return record;
    }

    /// <summary>
    /// Saves a new revision if the record is still at <paramref name="expectedVersion"/>; a save against an older
    /// version, or one that loses a race in the database, is a conflict and changes nothing.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(EvaluationRecord record, Evaluation evaluation, int expectedVersion, string user, string reason,
        CancellationToken cancel = default)
    {
        if (record.Version != expectedVersion)
            return SaveOutcome.Conflict;
        var content = EvaluationWriter.Write(evaluation);
        var changes = EvaluationDiff.Describe(record.Content, content);
        if (changes.Count == 0)
            return SaveOutcome.Saved;
        var now = clock.GetUtcNow().UtcDateTime;
        record.Content = content;
        record.RevisionNumber++;
        record.UpdatedAt = now;
        Summarise(record, evaluation);
        return await CommitAsync(record, cancel,
            new Revision { EvaluationRecordId = record.Id, Number = record.RevisionNumber, Content = content, CreatedBy = user, CreatedAt = now, Reason = reason },
            new AuditEntry { At = now, UserName = user, EvaluationRecordId = record.Id, Action = reason, Detail = string.Join('\n', changes) });
    }

    /// <summary>Moves the record to <paramref name="to"/> and logs it; a conflict if someone changed it meanwhile.</summary>
    public async Task<SaveOutcome> TransitionAsync(EvaluationRecord record, EvaluationStatus to, int expectedVersion, string user, string action, string detail = "",
        CancellationToken cancel = default)
    {
        if (record.Version != expectedVersion)
            return SaveOutcome.Conflict;
        var now = clock.GetUtcNow().UtcDateTime;
        var from = record.Status;
        record.Status = to;
        record.UpdatedAt = now;
        if (to == EvaluationStatus.Submitted)
            record.SubmittedAt = now;
        if (to == EvaluationStatus.Published)
            record.PublishedAt = now;
        if (to == EvaluationStatus.Returned)
            record.ReturnReason = detail;
        var line = $"状态：{from.ToChinese()} → {to.ToChinese()}";
        return await CommitAsync(record, cancel,
            new AuditEntry { At = now, UserName = user, EvaluationRecordId = record.Id, Action = action, Detail = detail.Length > 0 ? $"{line}\n{detail}" : line });
    }

    /// <summary>
    /// Writes the record's change, then the rows it appends (revision, audit entry), in one transaction. The record
    /// goes first and alone: its UPDATE checks the version, so a save that lost the race stops there as a conflict.
    /// In one batch EF may send the revision's INSERT first, and the loser then failed on the unique revision number
    /// (PostgreSQL: an error, HTTP 500) instead of getting the conflict.
    /// </summary>
    private async Task<SaveOutcome> CommitAsync(EvaluationRecord record, CancellationToken cancel, params object[] appended)
    {
        // The version the page loaded is the one the UPDATE checks: a save that raced past the check above still fails here.
        db.Entry(record).Property(r => r.Version).OriginalValue = record.Version;
        record.Version++;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancel) : null;
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.Conflict;
        }
        db.AddRange(appended);
        await db.SaveChangesAsync(cancel);
        if (transaction is not null)
            await transaction.CommitAsync(cancel);
        return SaveOutcome.Saved;
    }

    private void Summarise(EvaluationRecord record, Evaluation evaluation)
    {
        var result = analysis.Analyse(evaluation);
        record.Score = result.Card.Total;
        record.Grade = result.Card.Grade is { } g ? Core.Scoring.GradeNames.ToChinese(g) : null;
        record.ErrorCount = EvaluationAnalysis.ErrorCount(result);
    }
}
