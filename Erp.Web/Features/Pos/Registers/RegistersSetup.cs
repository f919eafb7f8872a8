using Erp.Domain.Pos;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Pos.Registers;

/// <summary>Cash registers: services, the Excel export and the menu entry.</summary>
public static class RegistersSetup
{
    public static IServiceCollection AddPosRegisters(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PosScope>();
        services.AddScoped<CashRegisterCommands>();
        services.AddScoped<CashRegisterQueries>();
        services.AddScoped<RegistersDemoData>();
        navigation.Add(new NavEntry(PosModule.Group, "Registers", "/pos/registers", Icons.Material.Filled.PointOfSale, PosPermissions.Sell, 80));
        return services;
    }
}
