using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Schemes;

namespace Jixiao.Core.Tests;

/// <summary>The hand-typed seed samples and the scheme files, as copied beside the tests.</summary>
internal static class Samples
{
    private static readonly Lazy<SchemeCatalog> Catalog = new(() => SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes")));

    public static SchemeCatalog Schemes => Catalog.Value;

    public static Evaluation Load(string seed)
    {
        var file = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), seed + "_*.yaml").Single();
        return EvaluationFile.Load(file, Schemes);
    }

    public static Scheme Scheme(string id) => Schemes.Find(id) ?? throw new InvalidOperationException(id);

    public static Scheme SchemeOf(Evaluation evaluation) => Scheme(evaluation.SchemeId);
}
