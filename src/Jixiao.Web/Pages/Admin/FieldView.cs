namespace Jixiao.Web.Pages.Admin;

/// <summary>One labelled text input with its error and hint, rendered by _Field.cshtml.</summary>
public sealed record FieldView(string Name, string Label, string? Value, string? Error)
{
    public string Type { get; init; } = "text";

    public string? Autocomplete { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; }

    public string? InputMode { get; init; }

    public int? MaxLength { get; init; }

    public string Id => FormErrors.IdOf(Name);
}
