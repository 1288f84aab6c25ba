using Jixiao.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddJixiao();

var app = builder.Build();
app.UseJixiao();
await app.RunAsync();

/// <summary>The entry point, public so integration tests can host the application.</summary>
public partial class Program;
