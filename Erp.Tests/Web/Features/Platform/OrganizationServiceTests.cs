using System.Net;
using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform;

public class OrganizationServiceTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Update_BySecondUserWithStaleVersion_IsRefusedAndTheFirstSaveStays()
    {
        var tenant = await app.CreateTenantAsync();
        var id = await CreateAsync(tenant, "North", "NORTH");
        var first = await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(id));
        var second = await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(id));

        var firstInput = first.Value.ToInput();
        firstInput.Name = "North (Alice)";
        var secondInput = second.Value.ToInput();
        secondInput.Name = "North (Bob)";
        var saved = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveOrganizationCommand>().UpdateAsync(id, firstInput, first.Value.Version));
        var conflict = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveOrganizationCommand>().UpdateAsync(id, secondInput, second.Value.Version));

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.Equal(OrganizationErrors.ChangedByAnotherUser, conflict.Error);
        var now = await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(id));
        Assert.Equal("North (Alice)", now.Value.Name);
        Assert.Equal(first.Value.Version + 1, now.Value.Version);
    }

    [Fact]
    public async Task SaveChanges_OfTwoContextsEditingTheSameRow_SecondIsAConcurrencyConflict()
    {
        var tenant = await app.CreateTenantAsync();
        var id = await CreateAsync(tenant, "Race", "RACE");

        await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            var factory = sp.GetRequiredService<IDbContextFactory<ErpDbContext>>();
            await using var first = await factory.CreateDbContextAsync();
            await using var second = await factory.CreateDbContextAsync();
            var a = await first.Organizations.SingleAsync(o => o.Id == id);
            var b = await second.Organizations.SingleAsync(o => o.Id == id);
            a.Update("Race A", a.Code, a.BaseCurrency, null, null, null, null, null);
            b.Update("Race B", b.Code, b.BaseCurrency, null, null, null, null, null);

            await first.SaveChangesAsync();
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        });

        Assert.Equal("Race A", (await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(id))).Value.Name);
    }

    [Fact]
    public async Task Update_WithTheCurrentVersionAfterAConflict_OverwritesDeliberately()
    {
        var tenant = await app.CreateTenantAsync();
        var id = await CreateAsync(tenant, "South", "SOUTH");
        var loaded = (await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(id))).Value;
        var other = loaded.ToInput();
        other.TaxId = "OTHER";
        await AsAdmin(tenant, sp => sp.GetRequiredService<SaveOrganizationCommand>().UpdateAsync(id, other, loaded.Version));
        var mine = loaded.ToInput();
        mine.TaxId = "MINE";

        var current = (await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(id))).Value;
        var overwritten = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveOrganizationCommand>().UpdateAsync(id, mine, current.Version));

        Assert.True(overwritten.IsSuccess);
        Assert.Equal("MINE", (await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(id))).Value.TaxId);
    }

    [Fact]
    public async Task ForeignTenantOrganization_IsNotFound_ForReadsAndWrites()
    {
        var a = await app.CreateTenantAsync();
        var b = await app.CreateTenantAsync();
        var bId = await CreateAsync(b, "B only", "BONLY");

        var read = await AsAdmin(a, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(bId));
        var write = await AsAdmin(a, sp => sp.GetRequiredService<SaveOrganizationCommand>()
            .UpdateAsync(bId, new OrganizationInput { Name = "Hijack", Code = "BONLY", BaseCurrency = "USD" }, 0));
        var delete = await AsAdmin(a, sp => sp.GetRequiredService<DeleteOrganizationCommand>().DeleteAsync(bId, "because", 0));
        var locations = await AsAdmin(a, sp => sp.GetRequiredService<LocationCommands>()
            .CreateAsync(bId, new LocationInput { Name = "Sneaky", Code = "SNK" }));

        Assert.Equal(OrganizationErrors.NotFound, read.Error);
        Assert.Equal(OrganizationErrors.NotFound, write.Error);
        Assert.Equal(OrganizationErrors.NotFound, delete.Error);
        Assert.Equal(OrganizationErrors.NotFound, locations.Error);
        Assert.Equal("B only", (await AsAdmin(b, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(bId))).Value.Name);
    }

    [Fact]
    public async Task EditPage_OfForeignTenantOrganization_Answers404()
    {
        var a = await app.CreateTenantAsync();
        var b = await app.CreateTenantAsync();
        var bId = await CreateAsync(b, "Hidden", "HIDDEN");
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, a.AdminEmail);

        var foreign = await client.GetAsync($"/platform/organizations/{bId}");
        var own = await client.GetAsync($"/platform/organizations/{await CreateAsync(a, "Visible", "VISIBLE")}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain("Hidden", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Visible", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ThatPutsAnOrganizationUnderItsOwnDescendant_IsRefused()
    {
        var tenant = await app.CreateTenantAsync();
        var top = await CreateAsync(tenant, "Top", "TOP");
        var middle = await CreateAsync(tenant, "Middle", "MID", top);
        var bottom = await CreateAsync(tenant, "Bottom", "BOT", middle);
        var loaded = (await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(top))).Value;

        var underDescendant = loaded.ToInput();
        underDescendant.ParentId = bottom;
        var underItself = loaded.ToInput();
        underItself.ParentId = top;
        var cycle = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveOrganizationCommand>().UpdateAsync(top, underDescendant, loaded.Version));
        var self = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveOrganizationCommand>().UpdateAsync(top, underItself, loaded.Version));
        var options = await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().ParentOptionsAsync(top));

        Assert.Equal(OrganizationErrors.ParentCycle, cycle.Error);
        Assert.Equal(OrganizationErrors.ParentCycle, self.Error);
        Assert.Null((await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(top))).Value.ParentId);
        Assert.DoesNotContain(options.Value, o => o.Id == top || o.Id == middle || o.Id == bottom);
    }

    [Fact]
    public async Task Location_CycleAndParentFromAnotherOrganization_AreRefused()
    {
        var tenant = await app.CreateTenantAsync();
        var org = await CreateAsync(tenant, "Shops", "SHOPS");
        var other = await CreateAsync(tenant, "Other", "OTHER");
        var shop = await AddLocationAsync(tenant, org, new LocationInput { Name = "Main shop", Code = "MAIN", Kind = LocationKind.Shop });
        var zone = await AddLocationAsync(tenant, org, new LocationInput { Name = "Zone A", Code = "ZA", Kind = LocationKind.Zone, ParentId = shop });
        var foreignParent = await AddLocationAsync(tenant, other, new LocationInput { Name = "Depot", Code = "DEP", Kind = LocationKind.Warehouse });

        var rows = (await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().LocationsAsync(org))).Value;
        var shopRow = rows.Single(r => r.Id == shop);
        var cycleInput = shopRow.ToInput();
        cycleInput.ParentId = zone;
        var cycle = await AsAdmin(tenant, sp => sp.GetRequiredService<LocationCommands>().UpdateAsync(shop, cycleInput, shopRow.Version));
        var crossInput = new LocationInput { Name = "Bin 1", Code = "B1", Kind = LocationKind.Bin, ParentId = foreignParent };
        var cross = await AsAdmin(tenant, sp => sp.GetRequiredService<LocationCommands>().CreateAsync(org, crossInput));

        Assert.Equal(OrganizationErrors.LocationParentCycle, cycle.Error);
        Assert.Equal(OrganizationErrors.LocationParentNotFound, cross.Error);
        Assert.Equal([(shop, 0), (zone, 1)], rows.Select(r => (r.Id, r.Depth)));
    }

    [Fact]
    public async Task Delete_WithoutReason_OrWithChildren_IsRefused_ThenHidesTheRowWithItsReason()
    {
        var tenant = await app.CreateTenantAsync();
        var parent = await CreateAsync(tenant, "Parent", "PAR");
        var child = await CreateAsync(tenant, "Child", "CHI", parent);
        var version = (await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(parent))).Value.Version;

        var noReason = await AsAdmin(tenant, sp => sp.GetRequiredService<DeleteOrganizationCommand>().DeleteAsync(child, "  ", 0));
        var withChildren = await AsAdmin(tenant, sp => sp.GetRequiredService<DeleteOrganizationCommand>().DeleteAsync(parent, "closing", version));
        var deleted = await AsAdmin(tenant, sp => sp.GetRequiredService<DeleteOrganizationCommand>().DeleteAsync(child, "merged into parent", 0));

        Assert.Equal(CommonErrors.DeleteReasonRequired, noReason.Error);
        Assert.Equal(OrganizationErrors.HasChildren, withChildren.Error);
        Assert.True(deleted.IsSuccess, deleted.Error?.Message);
        Assert.Equal(OrganizationErrors.NotFound, (await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().GetAsync(child))).Error);
        var row = await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.Organizations.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).SingleAsync(o => o.Id == child);
        });
        Assert.True(row.IsDeleted);
        Assert.Equal(("merged into parent", tenant.AdminId), (row.DeleteReason, row.DeletedBy));
    }

    [Fact]
    public async Task Create_WithBadInputOrTakenCode_ChangesNothing()
    {
        var tenant = await app.CreateTenantAsync();
        await CreateAsync(tenant, "First", "DUP");

        var duplicate = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveOrganizationCommand>()
            .CreateAsync(new OrganizationInput { Name = "Second", Code = "dup", BaseCurrency = "USD" }));
        var badCurrency = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveOrganizationCommand>()
            .CreateAsync(new OrganizationInput { Name = "Third", Code = "THIRD", BaseCurrency = "dollars" }));
        var tree = await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().TreeAsync(null));

        Assert.Equal(OrganizationErrors.CodeTaken, duplicate.Error);
        Assert.Equal("common.validation", badCurrency.Error!.Code);
        Assert.Equal(2, tree.Value.Count(r => !r.IsLocation));
    }

    [Fact]
    public async Task Services_CheckPermissions()
    {
        var tenant = await app.CreateTenantAsync();
        var cashier = await tenant.AddUserAsync(BuiltInRoles.Cashier);
        var manager = await tenant.AddUserAsync(BuiltInRoles.Manager);
        var input = new OrganizationInput { Name = "Nope", Code = "NOPE", BaseCurrency = "USD" };

        var cashierRead = await app.InTenantAsync(tenant.Id, cashier, sp => sp.GetRequiredService<OrganizationQueries>().TreeAsync(null));
        var managerRead = await app.InTenantAsync(tenant.Id, manager, sp => sp.GetRequiredService<OrganizationQueries>().TreeAsync(null));
        var managerWrite = await app.InTenantAsync(tenant.Id, manager, sp => sp.GetRequiredService<SaveOrganizationCommand>().CreateAsync(input));

        Assert.Equal(CommonErrors.Forbidden, cashierRead.Error);
        Assert.True(managerRead.IsSuccess);
        Assert.Equal(CommonErrors.Forbidden, managerWrite.Error);
    }

    [Fact]
    public async Task Tree_ListsOrganizationsInTreeOrderWithTheirLocations_AndSearchFindsLocations()
    {
        var tenant = await app.CreateTenantAsync();
        var retail = await CreateAsync(tenant, "Retail", "RET");
        await CreateAsync(tenant, "City shops", "CITY", retail);
        await AddLocationAsync(tenant, retail, new LocationInput { Name = "Central warehouse", Code = "CW", Kind = LocationKind.Warehouse });

        var tree = (await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().TreeAsync(null))).Value;
        var found = (await AsAdmin(tenant, sp => sp.GetRequiredService<OrganizationQueries>().TreeAsync("central"))).Value;

        var retailIndex = tree.ToList().FindIndex(r => r.Id == retail);
        Assert.Equal(("Central warehouse", 1, true), (tree[retailIndex + 1].Name, tree[retailIndex + 1].Depth, tree[retailIndex + 1].IsLocation));
        Assert.Equal(("City shops", 1), (tree[retailIndex + 2].Name, tree[retailIndex + 2].Depth));
        Assert.Equal(["Retail", "Central warehouse"], found.Select(r => r.Name));
    }

    private Task<T> AsAdmin<T>(TestTenant tenant, Func<IServiceProvider, Task<T>> action) =>
        app.InTenantAsync(tenant.Id, tenant.AdminId, action);

    private async Task<Guid> CreateAsync(TestTenant tenant, string name, string code, Guid? parent = null)
    {
        var result = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveOrganizationCommand>()
            .CreateAsync(new OrganizationInput { Name = name, Code = code, BaseCurrency = "EUR", ParentId = parent }));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private async Task<Guid> AddLocationAsync(TestTenant tenant, Guid organizationId, LocationInput input)
    {
        var result = await AsAdmin(tenant, sp => sp.GetRequiredService<LocationCommands>().CreateAsync(organizationId, input));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
