namespace Erp.Web.Features.Platform.Account;

public static class AccountSetup
{
    /// <summary>The user's own account: profile, password, two-factor, reset links and the user's clock.</summary>
    public static IServiceCollection AddErpAccount(this IServiceCollection services)
    {
        services.AddScoped<UserClock>();
        services.AddScoped<ProfileCommands>();
        services.AddScoped<AvatarImage>();
        services.AddScoped<ChangePasswordCommand>();
        services.AddScoped<TwoFactorSetup>();
        services.AddScoped<PasswordResetLinks>();
        return services;
    }
}
