using Erp.Domain.Common;

namespace Erp.Domain.Platform;

public static class OrganizationErrors
{
    public static readonly Error NotFound = Error.NotFound("The organization");
    public static readonly Error LocationNotFound = Error.NotFound("The location");
    public static readonly Error ParentNotFound = new("organizations.parent_not_found", "The chosen parent organization was not found.");
    public static readonly Error ParentCycle = new("organizations.parent_cycle",
        "An organization cannot be placed under itself or under one of its own sub-organizations.");
    public static readonly Error CodeTaken = new("organizations.code_taken",
        "Another organization (or a deleted one) already uses this code.");
    public static readonly Error HasChildren = new("organizations.has_children",
        "This organization still has sub-organizations or locations: move or delete them first.");
    public static readonly Error LastOrganization = new("organizations.last",
        "The tenant must keep at least one organization.");
    public static readonly Error HasMembers = new("organizations.has_members",
        "This organization is still the default of some users: choose another one for them first.");
    public static readonly Error ChangedByAnotherUser = new("organizations.concurrency",
        "Someone else changed this organization since you opened it. Your changes were not saved.");
    public static readonly Error LocationParentNotFound = new("locations.parent_not_found",
        "The chosen parent location was not found in this organization.");
    public static readonly Error LocationParentCycle = new("locations.parent_cycle",
        "A location cannot be placed under itself or under one of its own sub-locations.");
    public static readonly Error LocationCodeTaken = new("locations.code_taken",
        "Another location of this organization (or a deleted one) already uses this code.");
    public static readonly Error LocationHasChildren = new("locations.has_children",
        "This location still has sub-locations: move or delete them first.");
    public static readonly Error LocationHasStock = new("locations.has_stock",
        "This location still holds stock: transfer, count or adjust it to zero first.");
    public static readonly Error LocationChangedByAnotherUser = new("locations.concurrency",
        "Someone else changed this location since you opened it. Your changes were not saved.");
}
