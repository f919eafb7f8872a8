using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Pricing;

/// <summary>
/// Creates and changes price lists and their items (Sales.Configure). Refused input changes nothing: negative prices
/// or minimum quantities, "valid to" before "valid from", and a second item for the same product and minimum quantity
/// whose validity overlaps an existing one.
/// </summary>
public sealed class PriceListCommands(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<Guid>> CreateAsync(PriceListInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await CheckHeaderAsync(db, null, input, ct) is { } invalid)
        {
            return invalid;
        }

        var list = new PriceList(input.Name!, input.CurrencyCode!, input.PricesIncludeTax);
        list.SetActive(input.IsActive);
        db.PriceLists.Add(list);
        var saved = await SalesSaving.SaveAsync(db, ct);
        return saved.IsSuccess ? list.Id : saved.Error!;
    }

    public async Task<Result> UpdateAsync(Guid id, PriceListInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var list = await db.PriceLists.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (list is null)
        {
            return Error.NotFound("The price list");
        }

        if (await CheckHeaderAsync(db, id, input, ct) is { } invalid)
        {
            return invalid;
        }

        if (!string.Equals(list.CurrencyCode, input.CurrencyCode!.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return Error.Validation("The currency of a price list cannot change; create a new list for another currency.");
        }

        list.Rename(input.Name!);
        list.SetPricesIncludeTax(input.PricesIncludeTax);
        list.SetActive(input.IsActive);
        return await SalesSaving.SaveAsync(db, ct);
    }

    public async Task<Result<Guid>> SaveItemAsync(Guid listId, PriceListItemInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        if (input.ProductId is not { } productId)
        {
            return Error.Validation("Choose a product.");
        }

        if (PriceListItem.Check(input.Price, input.MinQuantity, input.From, input.To) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.PriceLists.AnyAsync(l => l.Id == listId, ct))
        {
            return Error.NotFound("The price list");
        }

        if (!await db.Products.AnyAsync(p => p.Id == productId, ct))
        {
            return Error.NotFound("The product");
        }

        var items = await db.PriceListItems.Where(i => i.PriceListId == listId && i.ProductId == productId).ToListAsync(ct);
        PriceListItem? item = null;
        if (input.Id is { } itemId)
        {
            item = items.FirstOrDefault(i => i.Id == itemId) ?? await db.PriceListItems.FirstOrDefaultAsync(i => i.Id == itemId && i.PriceListId == listId, ct);
            if (item is null)
            {
                return Error.NotFound("The price");
            }
        }

        if (items.Any(other => other.Id != input.Id && PriceListItem.Clash(productId, input.MinQuantity, input.From, input.To, other)))
        {
            return PricingErrors.OverlappingBreak;
        }

        if (item is null)
        {
            item = new PriceListItem(listId, productId, input.Price, input.MinQuantity, input.From, input.To);
            db.PriceListItems.Add(item);
        }
        else
        {
            item.Update(productId, input.Price, input.MinQuantity, input.From, input.To);
        }

        var saved = await SalesSaving.SaveAsync(db, ct);
        return saved.IsSuccess ? item.Id : saved.Error!;
    }

    /// <summary>Removes a price from the list (kept in the database as deleted, with who and when).</summary>
    public async Task<Result> RemoveItemAsync(Guid listId, Guid itemId, string? userId, DateTimeOffset at, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.PriceListItems.FirstOrDefaultAsync(i => i.Id == itemId && i.PriceListId == listId, ct);
        if (item is null)
        {
            return Error.NotFound("The price");
        }

        item.MarkDeleted("Removed from the price list", userId, at);
        return await SalesSaving.SaveAsync(db, ct);
    }

    private static async Task<Error?> CheckHeaderAsync(ErpDbContext db, Guid? id, PriceListInput input, CancellationToken ct)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            return Error.Validation("Enter a name (at most 100 characters).");
        }

        var currency = input.CurrencyCode?.Trim() ?? "";
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter))
        {
            return Error.Validation("Currency must be a three-letter ISO code such as USD.");
        }

        var names = await db.PriceLists.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(l => l.Id != id)
            .Select(l => l.Name).ToListAsync(ct);
        return names.Contains(name, StringComparer.OrdinalIgnoreCase)
            ? Error.Validation($"There is already a price list called \"{name}\".")
            : null;
    }
}
