using Erp.Domain.Sales;
using Erp.Domain.Sales.Taxes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Sales;

public sealed class TaxRateConfiguration : IEntityTypeConfiguration<TaxRate>
{
    public void Configure(EntityTypeBuilder<TaxRate> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(50);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => new { r.TenantId, r.Code }).IsUnique();
    }
}

public sealed class SalesSettingsConfiguration : IEntityTypeConfiguration<SalesSettings>
{
    public void Configure(EntityTypeBuilder<SalesSettings> builder) => builder.HasIndex(s => s.TenantId).IsUnique();
}
