using Jixiao.Documents.Schemes;
using Jixiao.Web.Access;
using Jixiao.Web.Api;
using Jixiao.Web.Data;
using Jixiao.Web.Demo;
using Jixiao.Web.Evaluations;
using Jixiao.Web.Rounds;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Hosting;

/// <summary>Everything the application registers and the order of its pipeline, in one place.</summary>
internal static class JixiaoWebExtensions
{
    public static void AddJixiao(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<JixiaoOptions>(builder.Configuration.GetSection("Jixiao"));
        services.PostConfigure<JixiaoOptions>(o =>
            o.DemoPassword ??= Environment.GetEnvironmentVariable("JIXIAO_DEMO_PASSWORD") is { Length: > 0 } p ? p : null);
        services.AddJixiaoDatabase(DatabaseSetup.ConnectionString(builder.Configuration));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes")));
        services.AddSingleton<EvaluationAnalysis>();
        services.AddSingleton(s => new Jixiao.Documents.Import.ImportPipeline(s.GetRequiredService<SchemeCatalog>()));
        services.AddScoped<EvaluationStore>();
        services.AddScoped<EvaluationAccess>();
        services.AddScoped<RoundOpening>();
        services.AddScoped<DemoData>();
        services.AddHostedService<DatabasePreparation>();
        services.AddHttpContextAccessor();
        // Chinese is written as itself, not as &#x...; entities: pages a third the size, still fully escaped.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Keys beside the database, so sign-ins and tokens survive a restart.
        services.AddDataProtection().SetApplicationName("Jixiao")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(builder.Configuration["Jixiao:DataFolder"] ?? "data", "keys")));

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<JixiaoDb>()
            .AddClaimsPrincipalFactory<JixiaoClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddDefaultTokenProviders();
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.Name = "jixiao";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers 401/403; only pages redirect to the login page.
            o.Events.OnRedirectToLogin = c => ApiAware(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiAware(c, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "jixiao.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Roles.Reviewer, p => p.RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(ApiEndpoints.Policy, p => p
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser());
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToFolder("/Public");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AuthorizeFolder("/Admin", Roles.Admin);
            o.Conventions.AuthorizeFolder("/Review", Roles.Reviewer);
        });
        services.AddOpenApi();
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = 64 * 1024 * 1024);
    }

    public static void UseJixiao(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapOpenApi();
        app.MapJixiaoApi();
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
