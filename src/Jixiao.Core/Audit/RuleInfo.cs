namespace Jixiao.Core.Audit;

/// <summary>What a check is, for listings: the model's rules and the importer's narrative checks alike.</summary>
public sealed record RuleInfo(string Id, string Kind, Severity Severity, string Description);
