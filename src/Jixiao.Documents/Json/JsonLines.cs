using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Core.Audit;

namespace Jixiao.Documents.Json;

/// <summary>
/// How Jixiao writes JSON Lines: Chinese left readable (not \u-escaped), an unstated value written as null.
/// Shared by `jixiao check --json` and `jixiao import --json`.
/// </summary>
public static class JsonLines
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One compact JSON object written by <paramref name="write"/>, as a string.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            write(writer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
            w.WriteNumber(name, v);
        else
            w.WriteNull(name);
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
            w.WriteNumber(name, v);
        else
            w.WriteNull(name);
    }

    public static void WriteStringOrNull(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
            w.WriteNull(name);
        else
            w.WriteString(name, value);
    }

    /// <summary>A finding as every JSON output writes it; place, line and quote are null when the source is a model file.</summary>
    public static void WriteFinding(this Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("kind", f.Kind);
        w.WriteString("severity", f.Severity.ToKey());
        w.WriteString("rule", f.RuleId);
        w.WriteString("message", f.Message);
        w.WriteNumberOrNull("line", f.Line);
        w.WriteStringOrNull("place", f.Place);
        w.WriteStringOrNull("quote", f.Quote);
        w.WriteNumberOrNull("stated", f.Stated);
        w.WriteNumberOrNull("computed", f.Computed);
        w.WriteEndObject();
    }
}
