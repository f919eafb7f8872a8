using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Registers;
using Erp.Domain.Pos.Sessions;
using Erp.Web.Features.Sales.Payments;
using Erp.Web.Infrastructure.Grids;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Registers;

/// <summary>
/// Registers of the user's organizations for the list (Pos.Sell, Supervise or Configure), its export, the set-up form and
/// the open-session page; filtered, sorted and paged in SQL.
/// </summary>
public sealed class CashRegisterQueries(IDbContextFactory<ErpDbContext> dbFactory, PosScope scope)
{
    private static readonly string[] SeePermissions = [PosPermissions.Sell, PosPermissions.Supervise, PosPermissions.Configure];

    public async Task<Result<Paged<CashRegisterRow>>> ListAsync(CashRegisterListQuery query, int page, int pageSize,
        CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, SeePermissions) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Rows(db, query, await scope.OrganizationsAsync(db, ct));
        var total = await rows.CountAsync(ct);
        var items = await Sort(rows, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<CashRegisterRow>(items, total);
    }

    public async Task<Result<IReadOnlyList<CashRegisterRow>>> ExportAsync(CashRegisterListQuery query, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, SeePermissions) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Sort(Rows(db, query, await scope.OrganizationsAsync(db, ct)), query).ToListAsync(ct);
    }

    public async Task<Result<CashRegisterDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, SeePermissions) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organizations = await scope.OrganizationsAsync(db, ct);
        var register = await db.CashRegisters.AsNoTracking().Include(r => r.PaymentMethods)
            .FirstOrDefaultAsync(r => r.Id == id && organizations.Contains(r.OrganizationId), ct);
        if (register is null)
        {
            return PosErrors.RegisterNotFound;
        }

        var methodIds = register.PaymentMethods.OrderBy(m => m.Position).Select(m => m.PaymentMethodId).ToList();
        var methods = await db.PaymentMethods.AsNoTracking().Where(m => methodIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => new RegisterMethod(m.Id, m.Name, m.Kind), ct);
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == register.LocationId).Select(l => l.Name).FirstAsync(ct);
        var input = new CashRegisterInput
        {
            Code = register.Code, Name = register.Name, LocationId = register.LocationId, PriceListId = register.PriceListId,
            DefaultCustomerId = register.DefaultCustomerId, PricesIncludeTax = register.PricesIncludeTax, Paper = register.Paper,
            ReceiptHeader = register.ReceiptHeader, ReceiptFooter = register.ReceiptFooter, TaxId = register.TaxId,
            ShowLogo = register.ShowLogo, PaymentMethodIds = methodIds,
        };
        return new CashRegisterDetails(register.Id, register.OrganizationId, location, register.IsActive, input,
            [.. methodIds.Where(methods.ContainsKey).Select(m => methods[m])]);
    }

    /// <summary>Locations of the user's organizations, active payment methods (cash first), active price lists, customers.</summary>
    public async Task<Result<RegisterChoices>> ChoicesAsync(CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, SeePermissions) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await PaymentMethodService.EnsureStandardAsync(db, ct);
        var organizations = await scope.OrganizationsAsync(db, ct);
        var locations = await db.Locations.AsNoTracking()
            .Where(l => organizations.Contains(l.OrganizationId) && l.Kind != LocationKind.Transit)
            .OrderBy(l => l.Kind != LocationKind.Shop).ThenBy(l => l.Name)
            .Select(l => new Choice(l.Id, l.Name + " (" + l.Code + ")")).ToListAsync(ct);
        var methods = await db.PaymentMethods.AsNoTracking().Where(m => m.IsActive).OrderBy(m => m.Kind).ThenBy(m => m.Name)
            .Select(m => new RegisterMethod(m.Id, m.Name, m.Kind)).ToListAsync(ct);
        var priceLists = await db.PriceLists.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name)
            .Select(p => new Choice(p.Id, p.Name + " (" + p.CurrencyCode + ")")).ToListAsync(ct);
        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.Name).Take(500)
            .Select(c => new Choice(c.Id, c.Name + " (" + c.Code + ")")).ToListAsync(ct);
        return new RegisterChoices(locations, methods, priceLists, customers);
    }

    /// <summary>Active registers of the user's organizations to open a session on, with who holds each one now.</summary>
    public async Task<Result<IReadOnlyList<RegisterToOpen>>> ToOpenAsync(CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Sell) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organizations = await scope.OrganizationsAsync(db, ct);
        return await db.CashRegisters.AsNoTracking().Where(r => r.IsActive && organizations.Contains(r.OrganizationId))
            .Join(db.Locations, r => r.LocationId, l => l.Id, (r, l) => new { r, l })
            .Join(db.Organizations, x => x.r.OrganizationId, o => o.Id, (x, o) => new { x.r, x.l, o.BaseCurrency })
            .OrderBy(x => x.l.Name).ThenBy(x => x.r.Code)
            .Select(x => new RegisterToOpen(x.r.Id, x.r.Code, x.r.Name, x.l.Id, x.l.Name, x.BaseCurrency,
                db.PosSessions.Where(s => s.RegisterId == x.r.Id && s.Status == PosSessionStatus.Open).Select(s => s.Number).FirstOrDefault(),
                db.PosSessions.Where(s => s.RegisterId == x.r.Id && s.Status == PosSessionStatus.Open).Select(s => s.CashierName).FirstOrDefault()))
            .ToListAsync(ct);
    }

    private static IQueryable<Projection> Rows(ErpDbContext db, CashRegisterListQuery query, IReadOnlyList<Guid> organizations)
    {
        var registers = db.CashRegisters.AsNoTracking().Where(r => organizations.Contains(r.OrganizationId));
        if (query.Active is { } active)
        {
            registers = registers.Where(r => r.IsActive == active);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            registers = registers.Where(r => EF.Functions.Like(r.Code, pattern, "\\") || EF.Functions.Like(r.Name, pattern, "\\"));
        }

        return registers.Select(r => new Projection
        {
            Id = r.Id, Code = r.Code, Name = r.Name,
            Location = db.Locations.Where(l => l.Id == r.LocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            Organization = db.Organizations.Where(o => o.Id == r.OrganizationId).Select(o => o.Name).FirstOrDefault() ?? "",
            Paper = r.Paper, IsActive = r.IsActive,
            OpenSession = db.PosSessions.Where(s => s.RegisterId == r.Id && s.Status == PosSessionStatus.Open).Select(s => s.Number).FirstOrDefault(),
            OpenBy = db.PosSessions.Where(s => s.RegisterId == r.Id && s.Status == PosSessionStatus.Open).Select(s => s.CashierName).FirstOrDefault(),
        });
    }

    /// <summary>Whitelisted sort keys; ties break on code.</summary>
    private static IQueryable<CashRegisterRow> Sort(IQueryable<Projection> rows, CashRegisterListQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("name", false) => rows.OrderBy(r => r.Name).ThenBy(r => r.Code),
            ("name", true) => rows.OrderByDescending(r => r.Name).ThenBy(r => r.Code),
            ("location", false) => rows.OrderBy(r => r.Location).ThenBy(r => r.Code),
            ("location", true) => rows.OrderByDescending(r => r.Location).ThenBy(r => r.Code),
            ("active", false) => rows.OrderBy(r => r.IsActive).ThenBy(r => r.Code),
            ("active", true) => rows.OrderByDescending(r => r.IsActive).ThenBy(r => r.Code),
            ("code", true) => rows.OrderByDescending(r => r.Code),
            _ => rows.OrderBy(r => r.Code),
        }).Select(r => new CashRegisterRow(r.Id, r.Code, r.Name, r.Location, r.Organization, r.Paper, r.IsActive, r.OpenSession, r.OpenBy));

    private sealed class Projection
    {
        public Guid Id { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Location { get; init; } = "";
        public string Organization { get; init; } = "";
        public ReceiptPaper Paper { get; init; }
        public bool IsActive { get; init; }
        public string? OpenSession { get; init; }
        public string? OpenBy { get; init; }
    }
}
