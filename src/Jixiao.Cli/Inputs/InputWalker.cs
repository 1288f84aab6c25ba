using Jixiao.Documents.Files;
using Jixiao.Documents.Import.Readers;

namespace Jixiao.Cli.Inputs;

/// <summary>
/// The inputs named on the command line, folders replaced by their documents (recursively, in name order). A file
/// named explicitly is read whatever it is (a pipe such as &lt;(…) too); inside folders only regular files with a
/// document's extension are taken: pipes and devices would block or never end, hidden files include the temporary
/// files of an interrupted run. Real paths are remembered, so a symbolic-link loop is not followed and a file reached
/// twice is read once. An unreadable folder becomes an input with its problem, and the walk goes on.
/// </summary>
internal sealed class InputWalker(IReadOnlySet<string> extensions)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IEnumerable<Input> Walk(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == DocumentReader.StandardInput)
            {
                if (_seen.Add(path))
                    yield return new Input(path);
                continue;
            }
            var kind = PathKinds.Of(path);
            if (kind == PathKind.Folder)
            {
                foreach (var input in Folder(path))
                    yield return input;
                continue;
            }
            if (kind == PathKind.File && PathKinds.RealPath(path) is { } real && !_seen.Add(real))
                continue;
            yield return new Input(path);
        }
    }

    private IEnumerable<Input> Folder(string root)
    {
        var found = new List<Input>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (PathKinds.RealPath(folder) is not { } real || !_seen.Add(real))
                continue;
            List<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                found.Add(new Input(folder, $"无法读取文件夹“{folder}”：{FileErrors.DescribeFolder(e)}。其中的文件已跳过"));
                continue;
            }
            foreach (var entry in entries)
            {
                if (Path.GetFileName(entry).StartsWith('.'))
                    continue;
                switch (PathKinds.Of(entry))
                {
                    case PathKind.Folder:
                        pending.Push(entry);
                        break;
                    case PathKind.File when IsDocument(entry):
                        if (PathKinds.RealPath(entry) is not { } file || _seen.Add(file))
                            found.Add(new Input(entry));
                        break;
                    case PathKind.Missing when IsDocument(entry):
                        found.Add(new Input(entry)); // a dangling link: the reader says so
                        break;
                }
            }
        }
        return found.OrderBy(i => i.Path, StringComparer.Ordinal);
    }

    private bool IsDocument(string path) => extensions.Contains(Path.GetExtension(path));
}
