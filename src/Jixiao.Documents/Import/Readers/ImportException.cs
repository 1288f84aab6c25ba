namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// A document could not be imported. <see cref="Exception.Message"/> is Chinese, for the user: it names the file,
/// says what is wrong with it and what to do. No library exception escapes the readers unwrapped.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException()
    {
    }

    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImportException(string file, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        File = file;
    }

    /// <summary>The path of the file that could not be imported, as it was given.</summary>
    public string File { get; } = "";
}
