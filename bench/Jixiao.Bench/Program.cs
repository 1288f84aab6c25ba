using System.Globalization;
using BenchmarkDotNet.Running;
using Jixiao.Bench;

// "stages DIR [COUNT]": where an import's time goes, stage by stage; anything else goes to BenchmarkDotNet.
if (args is ["stages", var folder, .. var rest])
{
    ImportStages.Run(folder, rest is [var count] ? int.Parse(count, CultureInfo.InvariantCulture) : int.MaxValue);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
