namespace Jixiao.Documents.Yaml;

/// <summary>
/// The bounds every YAML file (evaluation, scheme, form) is read within, so a hostile or broken file is refused
/// with a message instead of exhausting memory or the stack: an evaluation is tens of kilobytes, a few thousand
/// nodes, a handful of levels deep.
/// </summary>
internal static class YamlLimits
{
    /// <summary>Bytes of a YAML file: 10 MB.</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    /// <summary>Nodes, counting every use of an alias (*名称) as a copy of what it names.</summary>
    public const int MaxNodes = 200_000;

    /// <summary>Nesting of lists and mappings.</summary>
    public const int MaxDepth = 64;
}
