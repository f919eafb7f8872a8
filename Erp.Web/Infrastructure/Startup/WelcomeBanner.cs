using Erp.Domain.Platform;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Erp.Web.Infrastructure.Startup;

public static class WelcomeBanner
{
    /// <summary>Once listening, prints where the app is and, with demo data, how to log in.</summary>
    public static void PrintWelcomeWhenStarted(this WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine($"Erp is running at {string.Join(", ", addresses)}");
        if (app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            Console.WriteLine($"Demo logins (password '{DemoDataSeeder.Password}'):");
            foreach (var role in BuiltInRoles.All)
            {
                Console.WriteLine($"  {DemoDataSeeder.EmailOf(role),-30} {role}");
            }

            Console.WriteLine($"  {"operator@demo.erp",-30} platform operator");
        }

        Console.WriteLine();
    });
}
