using Jixiao.Core.Scoring;
using Jixiao.Web.Data;

namespace Jixiao.Web.Evaluations;

/// <summary>
/// The total after the finance bureau's 复核: the engine's total with each re-scored item's score replaced by the
/// reviewer's. Measured against the item's current score, so a resubmitted evaluation keeps the reviewer's figure
/// for that item, and a re-scored item that no longer exists is left out.
/// </summary>
public static class ReviewedScore
{
    public static decimal? Total(ScoreCard card, IReadOnlyCollection<Rescore> rescores)
    {
        if (card.Total is not { } total || rescores.Count == 0)
            return null;
        var items = card.Items.Where(i => !i.IsGroup).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var applied = rescores.Where(r => items.ContainsKey(r.ItemId)).ToList();
        return applied.Count == 0 ? null : total + applied.Sum(r => r.ReviewedScore - (items[r.ItemId].Score ?? 0m));
    }
}
