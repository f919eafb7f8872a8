using Microsoft.AspNetCore.Authorization;

namespace Erp.Web.Infrastructure.Security;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
