using Erp.Data;
using Erp.Web.Components;
using Erp.Web.Components.Account;
using Erp.Web.Features.Catalog;
using Erp.Web.Features.Inventory;
using Erp.Web.Features.Pos;
using Erp.Web.Features.Purchasing;
using Erp.Web.Features.Sales;
using Erp.Web.Features.Platform.Users;
using Erp.Web.Features.Platform.Operator;
using Erp.Web.Features.Platform.Account;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;
using Erp.Web.Infrastructure.Identity;
using Erp.Web.Infrastructure.Jobs;
using Erp.Web.Infrastructure.Modules;
using Erp.Web.Infrastructure.Security;
using Erp.Web.Infrastructure.Startup;
using Erp.Web.Infrastructure.Tenancy;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddErpData(database, builder.Environment.ContentRootPath);
builder.Services.AddErpIdentity(security);
builder.Services.AddErpAuthorization();
builder.Services.AddErpModules();
builder.Services.AddHealthChecks().AddErpHealthChecks();
builder.Services.AddErpJobs(builder.Configuration, builder.Environment, database);
builder.Services.AddErpDocuments();
builder.Services.AddErpExports();

var app = builder.Build();
await app.InitializeDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseErpStaticAssets();
app.UseAuthentication();
app.UseErpUserCulture();
app.UseErpTenancy();
app.UseOperatorHome();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapTenancyEndpoints();
app.MapUserDownloads();
app.MapCatalog();
app.MapInventory();
app.MapSales();
app.MapPos();
app.MapPurchasing();
app.MapHealthChecks("/health");
app.UseErpJobs();

app.PrintWelcomeWhenStarted();
app.Run();

/// <summary>Entry point, visible to the host tests.</summary>
public partial class Program;
