using Erp.Domain.Sales.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Sales;

public sealed class PriceListItemConfiguration : IEntityTypeConfiguration<PriceListItem>
{
    public void Configure(EntityTypeBuilder<PriceListItem> builder)
    {
        builder.HasOne<PriceList>().WithMany().HasForeignKey(i => i.PriceListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Erp.Domain.Catalog.Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Restrict);

        // Price resolution reads one list's items for one product (and its family).
        builder.HasIndex(i => new { i.PriceListId, i.ProductId, i.MinQuantity });
    }
}
