using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Jixiao.Documents.Yaml;

/// <summary>
/// Writes one YAML document through YamlDotNet's emitter, which decides the quoting, so any text survives being read
/// back by <see cref="YamlMap"/>. Numbers are written plain and invariantly with their scale (1611.20 stays 1611.20).
/// </summary>
internal sealed partial class YamlWriter
{
    /// <summary>Text longer than this is written as a literal block: prose reads better there and needs no quotes.</summary>
    private const int LongText = 40;

    private readonly Emitter _emitter;

    public YamlWriter(TextWriter output)
    {
        // LF and no line folding, so stored revisions compare line by line; sequences indented as people write them.
        var settings = EmitterSettings.Default.WithBestWidth(int.MaxValue).WithIndentedSequences().WithNewLine("\n");
        _emitter = new Emitter(output, settings);
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
    }

    public void BeginMap(bool flow = false) => _emitter.Emit(new MappingStart(null, null, true, flow ? MappingStyle.Flow : MappingStyle.Block));

    public void EndMap() => _emitter.Emit(new MappingEnd());

    public void BeginList(bool flow = false) => _emitter.Emit(new SequenceStart(null, null, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));

    public void EndList() => _emitter.Emit(new SequenceEnd());

    /// <summary>A mapping key: never a block, which would make it a complex key.</summary>
    public void Key(string key) =>
        _emitter.Emit(new Scalar(null, null, key, LooksTyped(key) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));

    /// <summary>
    /// Text as a literal block when it spans lines or is long, else plain where YAML allows. Line ends become LF
    /// (a literal block cannot hold CR, and a browser form sends CRLF).
    /// </summary>
    public void Text(string text)
    {
        var value = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var style = value.Contains('\n', StringComparison.Ordinal) || value.Length > LongText ? ScalarStyle.Literal
            : LooksTyped(value) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        _emitter.Emit(new Scalar(null, null, value, style, true, true));
    }

    public void Number(decimal value) =>
        _emitter.Emit(new Scalar(null, null, value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain, true, false));

    /// <summary>Writes <paramref name="key"/> and <paramref name="text"/> unless the text is missing.</summary>
    public void Field(string key, string? text)
    {
        if (text is null)
            return;
        Key(key);
        Text(text);
    }

    /// <summary>Writes <paramref name="key"/> and <paramref name="value"/> unless the value is missing.</summary>
    public void Field(string key, decimal? value)
    {
        if (value is not { } v)
            return;
        Key(key);
        Number(v);
    }

    /// <summary>Closes the document; the writer cannot be used after.</summary>
    public void Finish()
    {
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
    }

    /// <summary>
    /// Text a YAML reader would take for null, a boolean, a number or a date when plain ("null", "~", "yes", "100",
    /// "2023-01-01"): quoted, so every reader, not only ours, sees text.
    /// </summary>
    private static bool LooksTyped(string value) => TypedPlain().IsMatch(value);

    [GeneratedRegex(@"^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?\.(?:inf|nan)|[-+]?\.?[0-9][0-9a-z_.:+\-]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypedPlain();
}
