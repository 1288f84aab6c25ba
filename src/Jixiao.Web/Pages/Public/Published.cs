using Jixiao.Web.Data;

namespace Jixiao.Web.Pages.Public;

/// <summary>
/// The evaluations anyone may read: published ones. The public pages are the one place that reads
/// <c>db.Evaluations</c> without <see cref="Access.EvaluationAccess"/>, because an anonymous reader has no rights to
/// check — publishing is the right. Every public query starts here, so no draft, submitted or accepted evaluation can
/// ever be shown to the public.
/// </summary>
internal static class Published
{
    public static IQueryable<EvaluationRecord> Evaluations(JixiaoDb db) =>
        db.Evaluations.Where(e => e.Status == EvaluationStatus.Published);
}
