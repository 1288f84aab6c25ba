using Jixiao.Core.Schemes;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Schemes;

/// <summary>The schemes of a folder (schemes/ beside the program by default), by id.</summary>
public sealed class SchemeCatalog
{
    public const string NationalDefault = "national-2020";

    private readonly Dictionary<string, Scheme> _byId;

    private SchemeCatalog(Dictionary<string, Scheme> byId, string folder)
    {
        _byId = byId;
        Folder = folder;
    }

    public string Folder { get; }

    public IReadOnlyCollection<Scheme> All => _byId.Values;

    /// <summary>The folder shipped beside the program.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "schemes");

    /// <summary>Every scheme of <paramref name="folder"/> (the shipped ones by default); any bad file fails the whole load.</summary>
    public static SchemeCatalog Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        if (!Directory.Exists(folder))
            throw new JixiaoFileException(folder, 0, "找不到评分方案目录", "请确认程序旁有 schemes/ 目录");
        var byId = new Dictionary<string, Scheme>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var scheme = SchemeFile.Load(file);
            byId[scheme.Id] = scheme;
        }
        return new SchemeCatalog(byId, folder);
    }

    /// <summary>
    /// The shipped schemes and a region's own from <paramref name="customFolder"/>, which add to them or replace one
    /// of the same id. A custom file that cannot be read is reported in <paramref name="problems"/> and left out:
    /// one bad file there must not take away the schemes that work.
    /// </summary>
    public static SchemeCatalog Load(string folder, string customFolder, ICollection<JixiaoFileException> problems)
    {
        var shipped = Load(folder);
        if (!Directory.Exists(customFolder))
        {
            problems.Add(new JixiaoFileException(customFolder, 0, "找不到自定义评分方案目录", "请检查 --schemes 或环境变量 JIXIAO_SCHEMES 给出的目录；暂时只使用内置方案"));
            return shipped;
        }
        var byId = new Dictionary<string, Scheme>(shipped._byId, StringComparer.Ordinal);
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(customFolder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new JixiaoFileException(customFolder, 0, $"无法读取自定义评分方案目录：{Files.FileErrors.DescribeFolder(e)}", "暂时只使用内置方案", e));
            return shipped;
        }
        foreach (var file in files)
        {
            try
            {
                var scheme = SchemeFile.Load(file);
                byId[scheme.Id] = scheme;
            }
            catch (JixiaoFileException e)
            {
                problems.Add(e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new JixiaoFileException(file, 0, $"无法读取评分方案：{Files.FileErrors.Describe(e, file)}", "请检查该文件的读取权限", e));
            }
        }
        return new SchemeCatalog(byId, customFolder);
    }

    public Scheme? Find(string id) => _byId.GetValueOrDefault(id);

    public Scheme Get(string id, string file) => Find(id) ??
        throw new JixiaoFileException(file, 0, $"未知的评分方案“{id}”", $"可用方案：{string.Join("、", _byId.Keys.Order(StringComparer.Ordinal))}；新地区请在 {Folder} 中添加方案文件");
}
