namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>A form's fields as a browser posts them: name–value pairs in order, a name may repeat (check boxes).</summary>
internal sealed class FormFields : List<KeyValuePair<string, string>>
{
    public FormFields()
    {
    }

    public FormFields(IEnumerable<KeyValuePair<string, string>> fields) : base(fields)
    {
    }

    public void Add(string name, string value) => Add(new KeyValuePair<string, string>(name, value));

    /// <summary>The first value of the field, or null when the form has no such field.</summary>
    public string? this[string name] => FindIndex(f => f.Key == name) is var i and >= 0 ? this[i].Value : null;

    /// <summary>Sets the field as typing into it would (adding it when the page had none); returns the form.</summary>
    public FormFields Set(string name, string value)
    {
        var i = FindIndex(f => f.Key == name);
        if (i >= 0)
            this[i] = new KeyValuePair<string, string>(name, value);
        else
            Add(name, value);
        return this;
    }

    /// <summary>A copy without the field (e.g. the antiforgery token).</summary>
    public FormFields Without(string name) => new(this.Where(f => f.Key != name));

    /// <summary>A copy whose antiforgery token is this one.</summary>
    public FormFields WithToken(string token) => new FormFields(this).Set(HtmlScraper.TokenName, token);

    public int Version => int.Parse(this["Form.Version"] ?? throw new InvalidOperationException("The form has no Form.Version."), System.Globalization.CultureInfo.InvariantCulture);
}
