namespace Jixiao.Web.Pages.Admin;

/// <summary>The errors of one form post by input name: each is shown beside its field and listed at the top.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);

    public bool Any => _byName.Count > 0;

    public IReadOnlyDictionary<string, string> All => _byName;

    /// <summary>The first error of a field wins: it is the one to fix first.</summary>
    public void Add(string name, string message) => _byName.TryAdd(name, message);

    public string? For(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The element id of an input, so the summary can link to it.</summary>
    public static string IdOf(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
