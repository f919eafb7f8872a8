using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Catalog.Products;

public sealed record ProductImageInfo(Guid Id, string FileName);

public sealed record ProductImageData(string ContentType, byte[] Data);

/// <summary>Small product pictures kept in the database, read through the tenant filter.</summary>
public sealed class ProductImageCommands(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public async Task<Result<ProductImageData>> GetAsync(Guid imageId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var image = await db.ProductImages.AsNoTracking().Where(i => i.Id == imageId)
            .Select(i => new ProductImageData(i.ContentType, i.Data)).FirstOrDefaultAsync(ct);
        return image is null ? Error.NotFound("The image") : image;
    }

    public async Task<IReadOnlyList<ProductImageInfo>> ListAsync(Guid productId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ProductImages.AsNoTracking().Where(i => i.ProductId == productId).OrderBy(i => i.CreatedAt)
            .Select(i => new ProductImageInfo(i.Id, i.FileName)).ToListAsync(ct);
    }

    public async Task<Result<Guid>> AddAsync(Guid productId, string fileName, string contentType, byte[] data, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Products.AnyAsync(p => p.Id == productId, ct))
        {
            return CatalogErrors.ProductNotFound;
        }

        try
        {
            var image = new ProductImage(productId, fileName, contentType, data);
            db.ProductImages.Add(image);
            await db.SaveChangesAsync(ct);
            return image.Id;
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
    }

    public async Task<Result> RemoveAsync(Guid imageId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var image = await db.ProductImages.FirstOrDefaultAsync(i => i.Id == imageId, ct);
        if (image is null)
        {
            return Error.NotFound("The image");
        }

        image.MarkDeleted("Removed from the product", db.Tenant.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
