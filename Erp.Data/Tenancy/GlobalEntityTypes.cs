using Erp.Data.Identity;
using Erp.Domain.Platform;
using Microsoft.AspNetCore.Identity;

namespace Erp.Data.Tenancy;

/// <summary>
/// The short list of entity types that are deliberately not tenant-filtered, each with its reason.
/// A test fails for any other entity type without the tenant filter.
/// </summary>
public static class GlobalEntityTypes
{
    public static readonly IReadOnlyDictionary<Type, string> Reasons = new Dictionary<Type, string>
    {
        [typeof(Tenant)] = "the tenants themselves",
        [typeof(ApplicationUser)] = "an account may belong to several tenants",
        [typeof(IdentityUserClaim<string>)] = "identity data of the global account",
        [typeof(IdentityUserLogin<string>)] = "identity data of the global account",
        [typeof(IdentityUserToken<string>)] = "identity data of the global account (2FA keys, recovery codes)",
        [typeof(SignInEvent)] = "a failed sign-in has no tenant; admins read it through memberships",
        [typeof(UserAvatar)] = "the profile picture of the global account",
        [typeof(Erp.Domain.Sales.Geography.Country)] = "ISO 3166-1 countries: the same reference data for every tenant",
        [typeof(Erp.Domain.Sales.Geography.Subdivision)] = "ISO 3166-2 states and provinces: the same reference data for every tenant",
    };
}
