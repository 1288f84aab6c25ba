using System.Diagnostics.CodeAnalysis;
using Jixiao.Documents.Schemes;
using Jixiao.Documents.Yaml;

namespace Jixiao.Cli;

/// <summary>Every command starts from the schemes shipped beside the program.</summary>
internal static class SchemeLoading
{
    /// <summary>The scheme catalog, or false after printing in Chinese why it could not be loaded.</summary>
    public static bool TryLoad([NotNullWhen(true)] out SchemeCatalog? catalog)
    {
        try
        {
            catalog = SchemeCatalog.Load();
            return true;
        }
        catch (JixiaoFileException e)
        {
            Output.Error(e.Message);
            catalog = null;
            return false;
        }
    }
}
