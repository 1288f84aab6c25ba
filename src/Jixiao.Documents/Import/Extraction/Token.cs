namespace Jixiao.Documents.Import.Extraction;

/// <summary>A vocabulary word (<see cref="Term"/> set) or a number with its unit.</summary>
internal readonly record struct Token(int Start, int End, Term? Term, decimal Value, string Unit, bool Approximate)
{
    /// <summary>A date's year ("2021年"): it marks the figures of its clause as that year's.</summary>
    public bool IsYear => Term is null && Unit == "年";
}
