using Jixiao.Core.Scoring.Rules;

namespace Jixiao.Core.Schemes;

/// <summary>
/// A node of the scheme's indicator tree: a group with children, a fixed leaf with its scoring rule
/// (预算执行率, 在职人员控制率 …), or a slot where the department's own indicators are scored
/// (<see cref="Rule"/> is a <see cref="DepartmentIndicatorsRule"/>).
/// </summary>
public sealed class SchemeNode
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>分值.</summary>
    public required decimal Weight { get; init; }

    public IReadOnlyList<SchemeNode> Children { get; init; } = [];

    /// <summary>Null for a group.</summary>
    public ScoringRule? Rule { get; init; }

    /// <summary>The line of the scheme file it was read from.</summary>
    public int Line { get; init; }

    public bool IsGroup => Children.Count > 0;

    public IEnumerable<SchemeNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.SelfAndDescendants())
                yield return node;
        }
    }
}
