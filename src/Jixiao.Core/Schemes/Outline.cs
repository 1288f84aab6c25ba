namespace Jixiao.Core.Schemes;

/// <summary>The report outline a region requires: its sections in order, and the figures each must state.</summary>
public sealed class Outline
{
    public IReadOnlyList<OutlineSection> Sections { get; init; } = [];

    /// <summary>Figures the document as a whole must state (selfScore, grade, budget.total …).</summary>
    public IReadOnlyList<string> RequiredFigures { get; init; } = [];

    private OutlineSection[]? _all;

    /// <summary>Every section, depth first, flattened once (the audit walks it for every evaluation).</summary>
    public IReadOnlyList<OutlineSection> AllSections() => _all ??= Sections.SelectMany(s => s.SelfAndDescendants()).ToArray();
}

public sealed class OutlineSection
{
    public required string Id { get; init; }

    /// <summary>The heading as the region writes it (一、基本情况).</summary>
    public required string Title { get; init; }

    public bool Required { get; init; } = true;

    /// <summary>Figures this section must state (for the conclusion: selfScore, grade).</summary>
    public IReadOnlyList<string> Figures { get; init; } = [];

    public IReadOnlyList<OutlineSection> Children { get; init; } = [];

    /// <summary>What the report lists in this section from the evaluation ("tasks": the key tasks with their goals); unlike <see cref="Figures"/>, not required.</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];

    public int Line { get; init; }

    public IEnumerable<OutlineSection> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var s in child.SelfAndDescendants())
                yield return s;
        }
    }
}

/// <summary>The 自评表 layout: which template and which columns, for the table writer.</summary>
public sealed class TableLayout
{
    public required string Layout { get; init; }

    public string Title { get; init; } = "";

    public IReadOnlyList<string> Columns { get; init; } = [];
}
