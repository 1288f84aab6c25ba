namespace Jixiao.Cli.Tests;

/// <summary>Evaluation files made from the hand-typed samples with one thing changed.</summary>
internal static class Evaluations
{
    public static string Sample(string seed) => File.ReadAllText(CliRunner.Sample(seed));

    /// <summary>Sample 000 (广州市花都区机关事务管理局 2022) with <paramref name="from"/> replaced; fails when the sample no longer has it.</summary>
    public static string Changed(string from, string to, string seed = "000")
    {
        var text = Sample(seed);
        text.ShouldContain(from);
        return text.Replace(from, to, StringComparison.Ordinal);
    }
}
