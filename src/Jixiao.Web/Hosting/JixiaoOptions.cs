namespace Jixiao.Web.Hosting;

/// <summary>The application's own settings (section "Jixiao" of appsettings, or --Jixiao:Key=value).</summary>
public sealed class JixiaoOptions
{
    /// <summary>Load the departments and evaluations of samples/ with demo users into an empty database.</summary>
    public bool Demo { get; set; }

    /// <summary>Every demo user's password; random when empty (JIXIAO_DEMO_PASSWORD sets it).</summary>
    public string? DemoPassword { get; set; }

    /// <summary>The largest upload the importer accepts, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}
