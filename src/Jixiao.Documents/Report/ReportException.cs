namespace Jixiao.Documents.Report;

/// <summary>A document that cannot be written, with a Chinese message that says what to install or change.</summary>
public sealed class ReportException : Exception
{
    public ReportException(string message)
        : base(message)
    {
    }

    public ReportException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
