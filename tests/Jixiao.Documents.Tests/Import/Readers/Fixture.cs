namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>Real documents copied next to the tests (see the csproj).</summary>
internal static class Fixture
{
    /// <summary>Seed 001 as extracted: UTF-8, OCR'd table rows with tabs and gaps inside numbers.</summary>
    public static string Seed001 => Path("seed-001.txt");

    /// <summary>Corpus d06 as found: a GBK-encoded report of 广州市从化区司法局.</summary>
    public static string D06Gbk => Path("d06.gbk.txt");

    private static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Import", "Readers", "Fixtures", name);
}
